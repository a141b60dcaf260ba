package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

  static Contract homeCare() {
    return Contract.builder()
        .id(ContractId.of("HC-NORTH"))
        .provider("Northside Home Care Ltd")
        .service("Home care for older people, north locality")
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .start(LocalDate.of(2003, 4, 1))
        .end(LocalDate.of(2006, 3, 31))
        .addKpis(ContractKpi.of(IndicatorCode.of("LOCAL HC1"), TargetId.of("T-HC1")))
        .build();
  }

  @Test
  void isInForceOn_coversThePeriodInclusive() {
    Contract contract = homeCare();
    assertTrue(contract.isInForceOn(LocalDate.of(2003, 4, 1)));
    assertTrue(contract.isInForceOn(LocalDate.of(2006, 3, 31)));
    assertFalse(contract.isInForceOn(LocalDate.of(2006, 4, 1)));
    assertFalse(contract.isInForceOn(LocalDate.of(2003, 3, 31)));
  }

  @Test
  void endBeforeStart_throwsNamingContractAndDates() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Contract.builder().from(homeCare()).end(LocalDate.of(2003, 3, 31)).build());
    assertEquals(
        "contract HC-NORTH ends on 2003-03-31, before it starts on 2003-04-01", e.getMessage());
  }

  @Test
  void blankProvider_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Contract.builder().from(homeCare()).provider(" ").build());
    assertEquals("contract provider must not be blank", e.getMessage());
  }

  @Test
  void builderRoundTrips_equalsAndNulls() {
    Contract contract = homeCare();
    assertEquals(contract, Contract.builder().from(contract).build());
    new EqualsTester()
        .addEqualityGroup(contract, Contract.builder().from(contract).build())
        .addEqualityGroup(Contract.builder().from(contract).provider("Other Care Ltd").build())
        .testEquals();
    ContractKpi kpi = ContractKpi.of(IndicatorCode.of("LOCAL HC1"), TargetId.of("T-HC1"));
    new EqualsTester()
        .addEqualityGroup(
            kpi,
            ContractKpi.builder()
                .indicator(IndicatorCode.of("LOCAL HC1"))
                .target(TargetId.of("T-HC1"))
                .build())
        .addEqualityGroup(ContractKpi.of(IndicatorCode.of("LOCAL HC1"), TargetId.of("T-HC2")))
        .testEquals();
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Contract.class);
    tester.testAllPublicStaticMethods(ContractKpi.class);
    tester.testAllPublicInstanceMethods(contract);
    tester.testAllPublicInstanceMethods(kpi);
  }
}
