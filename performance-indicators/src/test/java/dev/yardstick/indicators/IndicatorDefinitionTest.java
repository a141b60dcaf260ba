package dev.yardstick.indicators;

import static dev.yardstick.indicators.TestIndicators.PERCENT;
import static dev.yardstick.indicators.TestIndicators.FLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingMonth;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.indicators.csv.ShippedCatalogues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionTest {

  private static final OrganisationId HARTLEPOOL = OrganisationId.gss("E06000001");

  @Test
  void valueOf_percentage_appliesMultiplierAndRounding() {
    assertEquals(Optional.of(new BigDecimal("12.5")), PERCENT.valueOf(Ratio.of(25, 200)));
    assertEquals(Optional.of(new BigDecimal("33.3")), PERCENT.valueOf(Ratio.of(1, 3)));
    assertEquals(Optional.of(new BigDecimal("66.7")), PERCENT.valueOf(Ratio.of(2, 3)));
  }

  @Test
  void valueOf_zeroDenominator_isEmpty() {
    assertEquals(Optional.empty(), PERCENT.valueOf(Ratio.of(0, 0)));
    assertEquals(Optional.empty(), PERCENT.valueOf(Ratio.of(3, 0)));
  }

  @Test
  void valueOf_ratePerThousand_usesTwoDecimals() {
    assertEquals(
        Optional.of(new BigDecimal("85.32")),
        TestIndicators.RATE.valueOf(Ratio.of(8532, 100_000)));
  }

  @Test
  void validate_consistentValue_isValid() {
    IndicatorValue value =
        IndicatorValue.builder()
            .indicator(PERCENT.getCode())
            .organisation(HARTLEPOOL)
            .period(FinancialYear.of(2003))
            .value(new BigDecimal("33.33"))
            .numerator(1)
            .denominator(3)
            .build();
    assertTrue(PERCENT.validate(value).isValid(), "33.33 rounds to 33.3 as 1/3 does");
  }

  @Test
  void validate_valueDisagreesWithRatio_reportsBothFigures() {
    ValidationReport report = PERCENT.validate(ratioValue("12.6", 25, 200));
    assertTrue(report.hasIssue("VALUE_DISAGREES_WITH_RATIO"));
    String message = report.getErrors().get(0).getMessage();
    assertTrue(message.contains("12.6") && message.contains("12.5"), message);
  }

  @Test
  void validate_numeratorAboveDenominatorOfPercentage_isAnError() {
    ValidationReport report = PERCENT.validate(ratioValue("150", 3, 2));
    assertTrue(report.hasIssue("VALUE_NUMERATOR_ABOVE_DENOMINATOR"), report.toString());
    assertTrue(report.getErrors().get(0).getMessage().contains("numerator 3"));
  }

  @Test
  void validate_ratioOnAFlow_isAnError() {
    IndicatorValue value =
        IndicatorValue.builder()
            .indicator(FLOW.getCode())
            .organisation(HARTLEPOOL)
            .period(FinancialYear.of(2003))
            .value(BigDecimal.ONE)
            .numerator(1)
            .denominator(1)
            .build();
    assertTrue(FLOW.validate(value).hasIssue("VALUE_RATIO_NOT_ALLOWED"));
  }

  @Test
  void validate_otherIndicatorAndPeriodBeforeStart_areErrors() {
    IndicatorValue value =
        IndicatorValue.of(
            IndicatorCode.of("X9"), HARTLEPOOL, FinancialYear.of(1998), BigDecimal.ONE);
    ValidationReport report = PERCENT.validate(value);
    assertTrue(report.hasIssue("VALUE_INDICATOR_MISMATCH"));
    assertTrue(report.hasIssue("VALUE_OUTSIDE_EFFECTIVE_DATES"));
    assertTrue(report.getErrors().get(0).getSubject().contains("E06000001"));
  }

  @Test
  void validate_alias_isAccepted() {
    IndicatorValue value =
        IndicatorValue.of(
            IndicatorCode.of("OLD 1"), HARTLEPOOL, FinancialYear.of(2003), BigDecimal.ONE);
    assertTrue(PERCENT.validate(value).isValid());
  }

  @Test
  void effectiveDates_governPeriodsByTheirLastDay() {
    IndicatorDefinition until2003 =
        IndicatorDefinition.builder().from(PERCENT).effectiveTo(LocalDate.of(2003, 3, 31)).build();
    assertTrue(until2003.isEffectiveFor(FinancialYear.of(2002)));
    assertFalse(until2003.isEffectiveFor(FinancialYear.of(2003)));
    assertTrue(until2003.isEffectiveFor(ReportingMonth.of(2003, 3)));
    assertFalse(until2003.isEffectiveOn(LocalDate.of(2000, 3, 31)));
    assertTrue(until2003.isEffectiveOn(LocalDate.of(2000, 4, 1)));
  }

  @Test
  void build_endBeforeStart_namesTheIndicatorAndDates() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                IndicatorDefinition.builder()
                    .from(PERCENT)
                    .effectiveTo(LocalDate.of(1999, 1, 1))
                    .build());
    assertTrue(e.getMessage().contains("T1") && e.getMessage().contains("1999-01-01"), e.getMessage());
  }

  @Test
  void build_aliasRepeatsCode_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorDefinition.builder().from(PERCENT).addAliases(PERCENT.getCode()).build());
    assertTrue(e.getMessage().contains("aliases"), e.getMessage());
  }

  @Test
  void build_blankTitle_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IndicatorDefinition.builder().from(PERCENT).title("  ").build());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void codeConfirmed_followsUnconfirmedAttributes() {
    assertTrue(PERCENT.isCodeConfirmed());
    assertFalse(
        IndicatorDefinition.builder()
            .from(PERCENT)
            .addUnconfirmed(DefinitionAttribute.CODE)
            .build()
            .isCodeConfirmed());
    assertEquals(1, PERCENT.getDecimalPlaces());
  }

  @Test
  void findBanding_givesTheSchemeInForceAtThePeriodEnd() {
    assertEquals(Optional.of(TestIndicators.BANDING_2002), PERCENT.findBanding(FinancialYear.of(2002)));
    assertEquals(Optional.of(TestIndicators.BANDING_2003), PERCENT.findBanding(FinancialYear.of(2003)));
    assertEquals(Optional.empty(), PERCENT.findBanding(LocalDate.of(2001, 1, 1)));
    assertEquals(Optional.empty(), FLOW.findBanding(FinancialYear.of(2003)));
  }

  @Test
  void equals_byEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(PERCENT, IndicatorDefinition.builder().from(PERCENT).build())
        .addEqualityGroup(IndicatorDefinition.builder().from(PERCENT).title("Other").build())
        .addEqualityGroup(
            IndicatorDefinition.builder().from(PERCENT).effectiveFrom(LocalDate.of(2001, 4, 1))
                .build())
        .addEqualityGroup(FLOW)
        .addEqualityGroup(IndicatorDefinition.builder().from(FLOW).addBandings(TestIndicators.BANDING_2003).build())
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.setDefault(IndicatorValue.class, ratioValue("12.5", 25, 200));
    tester.testAllPublicInstanceMethods(PERCENT);
    tester.testAllPublicStaticMethods(IndicatorDefinition.class);
  }

  private static IndicatorValue ratioValue(String value, long numerator, long denominator) {
    return IndicatorValue.builder()
        .indicator(PERCENT.getCode())
        .organisation(HARTLEPOOL)
        .period(FinancialYear.of(2003))
        .value(new BigDecimal(value))
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  @Test
  void serialisation_withBandingsOneAndTwoSided_isEqualAndBehavesAlike() {
    IndicatorDefinition back = SerializableTester.reserializeAndAssert(PERCENT);

    assertEquals(PERCENT.getBandings(), back.getBandings());
    assertEquals(PERCENT.valueOf(Ratio.of(2, 3)), back.valueOf(Ratio.of(2, 3)));
    assertEquals(
        PERCENT.findBanding(FinancialYear.of(2003)), back.findBanding(FinancialYear.of(2003)));
  }

  @Test
  void serialisation_everyShippedDefinition_isEqual() {
    for (IndicatorDefinition definition :
        ShippedCatalogues.paf().plus(ShippedCatalogues.ascof()).getDefinitions()) {
      assertEquals(definition, SerializableTester.reserialize(definition), definition.toString());
    }
  }

  @Test
  void deserialisation_blankTitle_isRejectedByTheBuildersCheck() throws Exception {
    byte[] bytes = serialise(PERCENT);
    byte[] title = PERCENT.getTitle().getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, title);
    Arrays.fill(bytes, at, at + title.length, (byte) ' ');

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> deserialise(bytes));

    assertEquals("indicator T1: title is blank", e.getMessage());
  }

  private static byte[] serialise(Object object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not in the stream");
  }
}
