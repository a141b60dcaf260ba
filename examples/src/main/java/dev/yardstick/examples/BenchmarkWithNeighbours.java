package dev.yardstick.examples;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.examples.data.SyntheticCouncils;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.NeighbourGroup;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import dev.yardstick.indicators.benchmark.StatisticalNeighbours;
import dev.yardstick.indicators.funnel.FunnelCalculator;
import dev.yardstick.indicators.funnel.FunnelInput;
import dev.yardstick.indicators.funnel.FunnelPlot;
import dev.yardstick.indicators.funnel.FunnelUnit;
import dev.yardstick.indicators.funnel.LimitPosition;
import dev.yardstick.indicators.interval.ConfidenceLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks a council against its statistical neighbours and against every council with a funnel
 * plot: PAF A1 (placement stability, lower is better) in 2024-25, from the example data.
 */
public final class BenchmarkWithNeighbours {

  private static final IndicatorCode A1 = IndicatorCode.of("A1");
  private static final FinancialYear YEAR = ExampleDataset.REPORT_YEAR;

  private BenchmarkWithNeighbours() {}

  /**
   * Prints the council's rank among its neighbours and its place in the funnel.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ExampleDataset data = ExampleDataset.build(ExampleDataset.DEFAULT_SEED);
    Position position = rank(data);
    System.out.printf(
        "%s ranks %.0f of %d among its neighbours on A1 (1 is best)%n",
        data.getCouncil().getName(), position.getRank(), position.getGroupSize());
    FunnelUnit unit =
        funnel(data).getUnits().stream()
            .filter(u -> u.getInput().getOrganisation().equals(data.getCouncil().getId()))
            .findFirst()
            .orElseThrow();
    System.out.println(
        "Against 99.8% funnel limits: "
            + unit.getPositions().get(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT));
  }

  /**
   * Finds the council's ten statistical neighbours and ranks it among them.
   *
   * @param data the example data
   * @return the council's position in the group of eleven
   */
  public static Position rank(ExampleDataset data) {
    OrganisationId council = data.getCouncil().getId();
    NeighbourGroup neighbours =
        StatisticalNeighbours.withDefaults()
            .find(
                SyntheticCouncils.neighbourVariables(data.getCouncils()), council, YEAR.getStart());
    List<OrganisationId> group =
        new ArrayList<>(neighbours.getComparatorGroup().getMembers(YEAR.getEnd()));
    group.add(council);
    // Neighbours with a suppressed, missing or absent figure are listed as missing, not dropped:
    // the calculator's missing-value policy decides (by default they are left out and counted).
    ComparatorValues values = data.getDataset().crossSection(A1, YEAR, group).toComparatorValues();
    return PositionCalculator.withDefaults()
        .calculate(values, council, Polarity.LOWER_IS_BETTER);
  }

  /**
   * Draws up the funnel plot of every council's A1 numerator and denominator.
   *
   * @param data the example data
   * @return the funnel plot, with 95% and 99.8% limits
   */
  public static FunnelPlot funnel(ExampleDataset data) {
    List<FunnelInput> inputs = new ArrayList<>();
    for (IndicatorValue v : data.getDataset().crossSection(A1, YEAR).getValues()) {
      inputs.add(
          FunnelInput.of(
              v.getOrganisation(),
              v.getNumerator().orElseThrow(),
              v.getDenominator().orElseThrow()));
    }
    return FunnelCalculator.withDefaults().proportions(inputs);
  }

  /**
   * Returns how many councils sit above the upper 99.8% limit (worse than expected for A1).
   *
   * @param plot the funnel plot
   * @return the number of councils
   */
  public static long aboveUpperLimit(FunnelPlot plot) {
    return plot.getUnits().stream()
        .filter(
            u ->
                u.getPositions().get(ConfidenceLevel.NINETY_NINE_POINT_EIGHT_PERCENT)
                    == LimitPosition.ABOVE_UPPER)
        .count();
  }
}
