package dev.yardstick.testkit.generators;

import static dev.yardstick.testkit.generators.Rates.assertRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.NullPointerTester;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.risk.Risk;
import dev.yardstick.risk.RiskAssessment;
import dev.yardstick.risk.RiskRegister;
import dev.yardstick.risk.RiskStatus;
import dev.yardstick.testkit.Generator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RiskGeneratorsTest {

  @Test
  void registers_sameSeed_giveEqualRegisters() {
    Generator<RiskRegister> registers = RiskGenerators.registers();
    qt().withExamples(100)
        .forAll(longs().all())
        .check(seed -> registers.sample(seed, 8).equals(registers.sample(seed, 8)));
  }

  @Test
  void registers_validateWithoutErrors_andReplayToAnEqualRegister() {
    Generator<RiskRegister> registers = RiskGenerators.registers();
    qt().withExamples(200)
        .forAll(longs().all())
        .check(
            seed -> {
              RiskRegister register = registers.sample(seed, 8);
              RiskRegister replayed =
                  RiskRegister.builder()
                      .name(register.getName())
                      .matrices(register.getMatrices())
                      .addAllAppetites(register.getAppetites())
                      .build();
              for (Risk risk : register.getRiskRecords()) {
                replayed = replayed.withRisk(risk);
              }
              for (RiskAssessment assessment : register.getAssessments()) {
                replayed = replayed.withAssessment(assessment);
              }
              return register.validate().getErrors().isEmpty() && replayed.equals(register);
            });
  }

  @Test
  void registers_drawEdgeCases_atTheStatedRates() {
    Generator<RiskRegister> registers = RiskGenerators.registers();
    int risks = 0;
    int unassessed = 0;
    int sameDay = 0;
    int closed = 0;
    int assessments = 0;
    int above = 0;
    for (long seed = 0; seed < 1_000; seed++) {
      RiskRegister register = registers.sample(seed, 10);
      Map<RiskId, List<RiskAssessment>> byRisk =
          register.getAssessments().stream()
              .collect(Collectors.groupingBy(RiskAssessment::getRiskId));
      Map<RiskId, Risk> first = new HashMap<>();
      for (Risk record : register.getRiskRecords()) {
        if (first.putIfAbsent(record.getId(), record) != null) {
          assertEquals(RiskStatus.CLOSED, record.getStatus());
          closed++;
        }
      }
      for (Risk risk : first.values()) {
        risks++;
        List<RiskAssessment> list = byRisk.getOrDefault(risk.getId(), List.of());
        if (list.isEmpty()) {
          unassessed++;
        } else if (list.get(0).getAssessedOn().equals(risk.getRaisedOn())) {
          sameDay++;
        }
      }
      for (RiskAssessment a : register.getAssessments()) {
        assessments++;
        above += a.getResidualAboveInherentReason().isPresent() ? 1 : 0;
        assertFalse(a.getTarget().exceedsOnEitherAxis(a.getResidual()));
      }
    }
    assertRate("unassessed", (double) unassessed / risks, RiskGenerators.UNASSESSED_RATE, 0, risks);
    int assessed = risks - unassessed;
    assertRate("same day", (double) sameDay / assessed, RiskGenerators.SAME_DAY_RATE, 0, assessed);
    assertRate("closed", (double) closed / risks, RiskGenerators.CLOSED_RATE, 0, risks);
    // Inherent cells at 5 x 5 (1 in 25) cannot have a residual above them.
    assertRate(
        "residual above inherent",
        (double) above / assessments,
        RiskGenerators.RESIDUAL_ABOVE_INHERENT_RATE * 24 / 25,
        0,
        assessments);
    assertTrue(risks > 1_000);
  }

  @Test
  void cells_coverTheWholeMatrix() {
    assertEquals(25, RiskGenerators.cells().stream(3L, 0).limit(2_000).distinct().count());
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().testAllPublicStaticMethods(RiskGenerators.class);
  }
}
