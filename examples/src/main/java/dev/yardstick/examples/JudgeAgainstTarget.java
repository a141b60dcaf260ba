package dev.yardstick.examples;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import java.math.BigDecimal;

/**
 * Judges a value against a target: a council's 71.43% of equipment delivered within 7 working days,
 * against a target of at least 75% with a 5-point tolerance, is amber.
 *
 * <p>README's code example is taken from {@link #judge()}; {@code JudgeAgainstTargetTest} checks
 * that the two agree and that the verdict is amber.
 */
public final class JudgeAgainstTarget {

  private JudgeAgainstTarget() {}

  /**
   * Prints the verdict.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(judge().explain());
  }

  /**
   * Returns the verdict.
   *
   * @return amber, with its explanation
   */
  public static VarianceResult judge() {
    // README: begin
    Target target =
        Target.builder()
            .id(TargetId.of("T-D54"))
            .indicator(IndicatorCode.of("D54"))
            .scope(TargetScope.organisation(OrganisationId.gss("E06900001")))
            .period(FinancialYear.of(2024))
            .kind(TargetKind.AT_LEAST)
            .value(new BigDecimal("75"))
            .unit(Unit.PERCENTAGE)
            .tolerance(Tolerance.absolute(new BigDecimal("5")))
            .provenance(TargetProvenance.LOCAL_STRETCH)
            .profile(TargetProfile.constant())
            .build();
    Figure figure =
        Figure.builder()
            .indicator(IndicatorCode.of("D54"))
            .period(FinancialYear.of(2024))
            .unit(Unit.PERCENTAGE)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
            .value(new BigDecimal("71.43"))
            .build();
    ProfiledTarget year = target.targetFor(FinancialYear.of(2024)).orElseThrow();
    VarianceResult verdict = VarianceCalculator.withDefaults().calculate(figure, year);
    verdict.explain(); // "Amber: 71.4% against a target of at least 75% ..."
    // README: end
    return verdict;
  }
}
