package dev.yardstick.examples;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import java.util.Optional;

/**
 * Judges a value against a target: the example council's 2024-25 figure for PAF D54 (equipment
 * delivered within 7 working days), computed from its case records, against the target in its
 * performance framework (at least 88%, 3 points of tolerance). It is red.
 *
 * <p>README's code example is the body of {@link #judge(ExampleDataset)}; {@code
 * JudgeAgainstTargetTest} checks that the two agree and that the verdict is red.
 */
public final class JudgeAgainstTarget {

  private JudgeAgainstTarget() {}

  /**
   * Prints the verdict.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(judge(ExampleDataset.build(ExampleDataset.DEFAULT_SEED)).explain());
  }

  /**
   * Returns the verdict.
   *
   * @param data the example data
   * @return red, with its explanation
   */
  public static VarianceResult judge(ExampleDataset data) {
    // README: begin
    OrganisationId council = data.getCouncil().getId();
    FinancialYear year = FinancialYear.of(2024);
    IndicatorCode d54 = IndicatorCode.of("D54");
    IndicatorDefinition definition = data.getCatalogue().get(d54, year.getEnd());
    IndicatorValue value = data.getDataset().get(d54, council, year).orElseThrow();
    Optional<ProfiledTarget> target =
        data.getFramework().getTargetFor(d54, TargetScope.organisation(council), year);
    VarianceResult verdict =
        VarianceCalculator.withDefaults().calculate(Figure.of(definition, value), target);
    verdict.explain(); // "Red: 78.3% against a target of at least 88% with a 3-point tolerance."
    // README: end
    return verdict;
  }
}
