package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final OutcomeIndicator HELPED =
      OutcomeIndicator.of(
          IndicatorCode.of("C32"), RbaQuestion.HOW_MUCH_DID_WE_DO, LogicModelLevel.OUTPUT);
  private static final OutcomeIndicator REVIEWED =
      OutcomeIndicator.of(
          IndicatorCode.of("D40"), RbaQuestion.HOW_WELL_DID_WE_DO_IT, LogicModelLevel.OUTPUT);
  private static final OutcomeIndicator AT_HOME =
      OutcomeIndicator.of(
          IndicatorCode.of("ASCOF 2B"), RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.OUTCOME);

  static Outcome home() {
    return Outcome.builder()
        .id(OutcomeId.of("OUT-HOME"))
        .statement("Older people live independently at home for longer")
        .population("People aged 65 and over")
        .serviceArea(ServiceArea.OLDER_PEOPLE)
        .addIndicators(HELPED, REVIEWED, AT_HOME)
        .build();
  }

  @Test
  void indicators_areFoundByRbaQuestionAndLogicModelLevel() {
    Outcome outcome = home();
    assertEquals(
        List.of(AT_HOME), outcome.getIndicatorsAnswering(RbaQuestion.IS_ANYONE_BETTER_OFF));
    assertEquals(List.of(HELPED), outcome.getIndicatorsAnswering(RbaQuestion.HOW_MUCH_DID_WE_DO));
    assertEquals(List.of(HELPED, REVIEWED), outcome.getIndicatorsAt(LogicModelLevel.OUTPUT));
    assertEquals(List.of(), outcome.getIndicatorsAt(LogicModelLevel.IMPACT));
  }

  @Test
  void classification_consistency() {
    assertTrue(HELPED.isClassificationConsistent());
    assertTrue(AT_HOME.isClassificationConsistent());
    assertFalse(
        OutcomeIndicator.of(
                IndicatorCode.of("B12"), RbaQuestion.IS_ANYONE_BETTER_OFF, LogicModelLevel.INPUT)
            .isClassificationConsistent());
    assertFalse(
        OutcomeIndicator.of(
                IndicatorCode.of("B12"), RbaQuestion.HOW_WELL_DID_WE_DO_IT, LogicModelLevel.IMPACT)
            .isClassificationConsistent());
  }

  @Test
  void sameIndicatorTwice_throwsNamingOutcomeAndIndicator() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Outcome.builder()
                    .from(home())
                    .addIndicators(
                        OutcomeIndicator.of(
                            IndicatorCode.of("C32"),
                            RbaQuestion.IS_ANYONE_BETTER_OFF,
                            LogicModelLevel.OUTCOME))
                    .build());
    assertEquals("outcome OUT-HOME lists indicator C32 more than once", e.getMessage());
  }

  @Test
  void blankPopulation_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Outcome.builder().from(home()).population("").build());
    assertEquals("outcome population must not be blank", e.getMessage());
  }

  @Test
  void builderRoundTrips_equalsAndNulls() {
    Outcome outcome = home();
    assertEquals(outcome, Outcome.builder().from(outcome).build());
    new EqualsTester()
        .addEqualityGroup(outcome, Outcome.builder().from(outcome).build())
        .addEqualityGroup(Outcome.builder().from(outcome).population("People aged 75+").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            HELPED,
            OutcomeIndicator.builder()
                .indicator(IndicatorCode.of("C32"))
                .question(RbaQuestion.HOW_MUCH_DID_WE_DO)
                .level(LogicModelLevel.OUTPUT)
                .build())
        .addEqualityGroup(
            OutcomeIndicator.of(
                IndicatorCode.of("C32"), RbaQuestion.HOW_MUCH_DID_WE_DO, LogicModelLevel.INPUT))
        .testEquals();
    var tester = Testers.nullPointerTester();
    tester.testAllPublicStaticMethods(Outcome.class);
    tester.testAllPublicStaticMethods(OutcomeIndicator.class);
    tester.testAllPublicInstanceMethods(outcome);
    tester.testAllPublicInstanceMethods(HELPED);
  }
}
