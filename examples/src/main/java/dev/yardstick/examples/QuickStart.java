package dev.yardstick.examples;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.Ratio;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import java.io.PrintStream;
import java.math.BigDecimal;

/**
 * The smallest end-to-end use of Yardstick: a council's placement-stability figure for a quarter,
 * judged against its annual target.
 *
 * <p>PAF A1 is the percentage of children looked after at 31 March with three or more placements
 * during the year; lower is better. The council's target for 2003-04 is at most 16%, with an amber
 * band of 2 percentage points. In the second quarter 41 of 256 children have had three or more
 * placements so far: 16.0% when rounded to one decimal place, the figure that would be printed.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl examples -am compile exec:java}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the period, the target and the status.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Judges the example figure and prints the period, the target and the status to a stream.
   *
   * @param out where to print
   * @return the variance result that was printed
   */
  static VarianceResult run(PrintStream out) {
    FinancialYear year = FinancialYear.parse("2003-04");
    FinancialQuarter quarter = FinancialQuarter.parse("2003-04 Q2");

    Target target =
        Target.builder()
            .id(TargetId.of("T-A1"))
            .indicator(IndicatorCode.of("A1"))
            .scope(TargetScope.organisation(OrganisationId.gss("E06000001")))
            .period(year)
            .kind(TargetKind.AT_MOST)
            .value(new BigDecimal("16"))
            .unit(Unit.PERCENTAGE)
            .tolerance(Tolerance.absolute(new BigDecimal("2")))
            .provenance(TargetProvenance.LOCAL_STRETCH)
            .profile(TargetProfile.constant())
            .build();

    Ratio placements = Ratio.of(41, 256);
    RoundingPolicy oneDecimal = RoundingPolicy.ONE_DECIMAL_PLACE;
    Figure actual =
        Figure.builder()
            .indicator(IndicatorCode.of("A1"))
            .period(quarter)
            .unit(Unit.PERCENTAGE)
            .polarity(Polarity.LOWER_IS_BETTER)
            .rounding(oneDecimal)
            .value(placements.getValue(Unit.PERCENTAGE, oneDecimal).orElseThrow())
            .build();

    VarianceResult result =
        VarianceCalculator.withDefaults().calculate(actual, target.targetFor(quarter));

    out.println("Period: " + quarter + " (" + quarter.getStart() + " to " + quarter.getEnd() + ")");
    out.println("Target: A1 at most 16% for " + year + ", amber within 2 points");
    out.println("Status: " + result.explain());
    return result;
  }
}
