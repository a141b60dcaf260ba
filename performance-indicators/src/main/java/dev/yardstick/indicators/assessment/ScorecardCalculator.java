package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.Outcome;
import dev.yardstick.core.framework.PerformanceFramework;
import dev.yardstick.core.framework.ProfiledTarget;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.PafBandResult;
import dev.yardstick.indicators.benchmark.PafBanding;
import dev.yardstick.indicators.benchmark.Position;
import dev.yardstick.indicators.benchmark.PositionCalculator;
import dev.yardstick.indicators.benchmark.QuantileBanding;
import dev.yardstick.indicators.benchmark.QuantileBands;
import dev.yardstick.indicators.benchmark.TieRule;
import dev.yardstick.indicators.dataset.CrossSection;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.dataset.IndicatorSeries;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.trend.ComparisonBasis;
import dev.yardstick.indicators.trend.DirectionOfTravelCalculator;
import dev.yardstick.indicators.trend.DirectionOfTravelResult;
import dev.yardstick.indicators.trend.MinimumChange;
import dev.yardstick.indicators.variance.Figure;
import dev.yardstick.indicators.variance.RagPolicy;
import dev.yardstick.indicators.variance.VarianceCalculator;
import dev.yardstick.indicators.variance.VarianceResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes a {@link Scorecard}: for an organisation, a period and a list of indicators, one row per
 * indicator with every verdict the calculators give and the sentence that explains it.
 *
 * <p>For each indicator, under the definition the catalogue has in force for the period:
 *
 * <ul>
 *   <li><b>value</b>: the organisation's figure from the dataset, rounded by the definition's
 *       rounding policy, with its quality, quality reason and commentary ({@link
 *       ScorecardRow.Builder#figure});
 *   <li><b>target, variance and RAG</b>: the framework's target for the organisation and period,
 *       profiled to the period ({@link PerformanceFramework#getTargetFor}), judged by {@link
 *       VarianceCalculator} under the configured {@link RagPolicy}; the direction of travel against
 *       the same period last year is handed to the policy, for a rule such as Havering's that lifts
 *       an improving red to amber;
 *   <li><b>direction of travel</b>: by {@link DirectionOfTravelCalculator} with the configured
 *       {@link MinimumChange}, against the previous period (the headline) and against the same
 *       period last year, "not comparable" across a definition break;
 *   <li><b>SPC icons</b>: an {@link XmrChart} (NHS "Making Data Count" defaults) of the figures of
 *       the consecutive periods that end with this one under the same definition, rounded as
 *       published, when there are at least the {@linkplain #withMinimumSpcPoints(int) minimum
 *       number} (12 by default: NHSRplotthedots calls limits from fewer points trial limits); the
 *       assurance icon against a one-sided target;
 *   <li><b>rank and quartile</b>, when a {@link ComparatorGroup} is given: the organisation with
 *       the group's members on the last day of the period, their figures rounded as published,
 *       ranked by {@link PositionCalculator} (with the configured {@link TieRule}) and put into
 *       quartiles by {@link QuantileBanding}'s defaults (Hyndman-Fan type 7, as a spreadsheet's
 *       {@code QUARTILE.INC}); quartile 1 is the best;
 *   <li><b>PAF band</b>: where the definition has a {@link dev.yardstick.indicators.benchmark
 *       .BandingScheme BandingScheme} in force for the period, the band by {@link PafBanding} (the
 *       thresholds for all councils);
 *   <li><b>outcomes</b>: the framework's outcomes that list the indicator, for {@link
 *       Grouping#OUTCOME}; domain and service area come from the definition.
 * </ul>
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>no figure in the dataset: the row shows {@code no data} with RAG {@link
 *       dev.yardstick.core.status.RagStatus#NO_DATA NO_DATA} (or {@code NO_TARGET} without a
 *       target, {@code NOT_RATED} without a polarity), no direction, rank or band, and no data
 *       quality; a missing or suppressed figure shows its quality and reason;
 *   <li>no target: RAG {@code NO_TARGET}, no target or variance, never a target of zero;
 *   <li>a range target: no single target value or variance; the RAG derivation states the range;
 *   <li>no earlier figure: direction {@link
 *       dev.yardstick.core.status.DirectionOfTravel#NOT_COMPARABLE NOT_COMPARABLE} with no
 *       derivation;
 *   <li>too few consecutive figures for a chart: no icons, and a derivation that says so;
 *   <li>no polarity: no rank or quartile (there is no best); fewer than four organisations with a
 *       figure: a rank but no quartile.
 * </ul>
 *
 * <pre>{@code
 * Scorecard card = ScorecardCalculator.withDefaults()
 *     .with(RagPolicy.havering())
 *     .calculate(dataset, catalogue, plan, council, FinancialYear.of(2003),
 *         List.of(IndicatorCode.of("A1"), IndicatorCode.of("C28")), neighbours);
 * card.getRows().get(0).getRagDerivation();   // "Green: 14% against a target of at most 16% ..."
 * card.groupBy(Grouping.DOMAIN);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ScorecardCalculator {

  /** The default least number of consecutive figures an SPC chart is drawn from. */
  public static final int DEFAULT_MINIMUM_SPC_POINTS = 12;

  private static final ScorecardCalculator DEFAULTS =
      new ScorecardCalculator(
          RagPolicy.defaults(), MinimumChange.NONE, TieRule.MIN, DEFAULT_MINIMUM_SPC_POINTS);

  private final RagPolicy policy;
  private final MinimumChange minimumChange;
  private final TieRule tieRule;
  private final int minimumSpcPoints;

  private ScorecardCalculator(
      RagPolicy policy, MinimumChange minimumChange, TieRule tieRule, int minimumSpcPoints) {
    this.policy = policy;
    this.minimumChange = minimumChange;
    this.tieRule = tieRule;
    this.minimumSpcPoints = minimumSpcPoints;
  }

  /**
   * Returns the calculator with the standard RAG policy, any change counting as a direction of
   * travel, ties ranked at their best rank, and SPC icons from 12 points.
   *
   * @return the default calculator
   */
  public static ScorecardCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that colours rows by another policy.
   *
   * @param option the RAG policy
   * @return the configured calculator
   */
  public ScorecardCalculator with(RagPolicy option) {
    Objects.requireNonNull(option, "option");
    return new ScorecardCalculator(option, minimumChange, tieRule, minimumSpcPoints);
  }

  /**
   * Returns a copy with the smallest change that counts as a direction of travel.
   *
   * @param option the minimum change
   * @return the configured calculator
   */
  public ScorecardCalculator with(MinimumChange option) {
    Objects.requireNonNull(option, "option");
    return new ScorecardCalculator(policy, option, tieRule, minimumSpcPoints);
  }

  /**
   * Returns a copy that ranks ties by another rule.
   *
   * @param option the tie rule
   * @return the configured calculator
   */
  public ScorecardCalculator with(TieRule option) {
    Objects.requireNonNull(option, "option");
    return new ScorecardCalculator(policy, minimumChange, option, minimumSpcPoints);
  }

  /**
   * Returns a copy that draws SPC charts from another least number of consecutive figures.
   *
   * @param points the least number of points, at least 2 (one moving range)
   * @return the configured calculator
   * @throws IllegalArgumentException if the number is below 2
   */
  public ScorecardCalculator withMinimumSpcPoints(int points) {
    checkArgument(points >= 2, "minimum SPC points %s is below 2", points);
    return new ScorecardCalculator(policy, minimumChange, tieRule, points);
  }

  /**
   * Computes a scorecard without benchmarking: no rank or quartile; PAF bands still where the
   * definitions have a banding scheme.
   *
   * @param dataset the figures
   * @param catalogue the indicator definitions
   * @param framework the targets and outcomes
   * @param organisation the organisation reported on
   * @param period the period reported on
   * @param indicators the indicators, one row each in this order
   * @return the scorecard, titled {@code Scorecard for <organisation>, <period>}
   * @throws IllegalArgumentException as {@link #calculate(IndicatorDataset, IndicatorCatalogue,
   *     PerformanceFramework, OrganisationId, ReportingPeriod, List, ComparatorGroup)}
   */
  public Scorecard calculate(
      IndicatorDataset dataset,
      IndicatorCatalogue catalogue,
      PerformanceFramework framework,
      OrganisationId organisation,
      ReportingPeriod period,
      List<IndicatorCode> indicators) {
    return calculate(
        dataset, catalogue, framework, organisation, period, indicators, Optional.empty());
  }

  /**
   * Computes a scorecard, ranking and banding each row against a comparator group.
   *
   * @param dataset the figures
   * @param catalogue the indicator definitions
   * @param framework the targets and outcomes
   * @param organisation the organisation reported on; ranked with the group whether a member or not
   * @param period the period reported on
   * @param indicators the indicators, one row each in this order
   * @param group the comparator group, its members taken on the last day of the period
   * @return the scorecard, titled {@code Scorecard for <organisation>, <period>}
   * @throws IllegalArgumentException if the list of indicators is empty or repeats one, an
   *     indicator has no definition in force for the period, or as {@link
   *     VarianceCalculator#calculate(Figure, Optional)} (a target in another unit or of a kind
   *     against the polarity); the message names the indicator
   * @throws IllegalStateException if more than one target of the framework covers an indicator for
   *     the organisation and period
   */
  public Scorecard calculate(
      IndicatorDataset dataset,
      IndicatorCatalogue catalogue,
      PerformanceFramework framework,
      OrganisationId organisation,
      ReportingPeriod period,
      List<IndicatorCode> indicators,
      ComparatorGroup group) {
    Objects.requireNonNull(group, "group");
    return calculate(
        dataset, catalogue, framework, organisation, period, indicators, Optional.of(group));
  }

  private Scorecard calculate(
      IndicatorDataset dataset,
      IndicatorCatalogue catalogue,
      PerformanceFramework framework,
      OrganisationId organisation,
      ReportingPeriod period,
      List<IndicatorCode> indicators,
      Optional<ComparatorGroup> group) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(indicators, "indicators");
    checkArgument(
        !indicators.isEmpty(), "scorecard for %s in %s has no indicators", organisation, period);
    Set<IndicatorCode> seen = new HashSet<>();
    for (IndicatorCode code : indicators) {
      checkArgument(
          seen.add(Objects.requireNonNull(code, "indicator")),
          "scorecard for %s in %s lists indicator %s twice",
          organisation,
          period,
          code);
    }
    List<ScorecardRow> rows = new ArrayList<>(indicators.size());
    for (IndicatorCode code : indicators) {
      IndicatorDefinition definition =
          catalogue
              .find(code, period)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "indicator " + code + " has no definition in force for " + period));
      rows.add(row(dataset, catalogue, framework, organisation, period, definition, group));
    }
    return Scorecard.builder()
        .title("Scorecard for " + organisation + ", " + period)
        .organisation(organisation)
        .period(period)
        .comparatorGroup(group)
        .ragPolicy(policy)
        .rows(rows)
        .build();
  }

  private ScorecardRow row(
      IndicatorDataset dataset,
      IndicatorCatalogue catalogue,
      PerformanceFramework framework,
      OrganisationId organisation,
      ReportingPeriod period,
      IndicatorDefinition definition,
      Optional<ComparatorGroup> group) {
    IndicatorCode code = definition.getCode();
    IndicatorSeries series = dataset.series(code, organisation);
    Optional<IndicatorValue> value = series.find(period);
    ScorecardRow.Builder row = ScorecardRow.builder();
    if (value.isPresent()) {
      row.figure(definition, value.get());
    } else {
      row.definition(definition);
    }
    for (Outcome outcome : framework.getOutcomes()) {
      if (outcome.getIndicators().stream().anyMatch(i -> definition.isKnownBy(i.getIndicator()))) {
        row.addOutcomes(outcome.getId());
      }
    }

    DirectionOfTravelCalculator trend =
        DirectionOfTravelCalculator.withDefaults().with(minimumChange);
    trend
        .with(ComparisonBasis.PREVIOUS_PERIOD)
        .assess(catalogue, series, period)
        .ifPresent(row::directionOfTravel);
    Optional<DirectionOfTravelResult> yearOnYear =
        trend.with(ComparisonBasis.SAME_PERIOD_LAST_YEAR).assess(catalogue, series, period);
    yearOnYear.ifPresent(row::directionOfTravel);

    Optional<ProfiledTarget> target =
        framework.getTargetFor(code, TargetScope.organisation(organisation), period);
    Figure figure = Figure.from(definition, dataset, organisation, period);
    VarianceCalculator variance = VarianceCalculator.withDefaults().with(policy);
    Optional<VarianceResult> judged =
        yearOnYear
            .flatMap(DirectionOfTravelResult::getDirectionOfTravel)
            .map(direction -> variance.calculate(figure, target, direction));
    row.variance(judged.orElseGet(() -> variance.calculate(figure, target)));

    spc(row, catalogue, definition, series, period, target);
    Optional<BigDecimal> shown = value.flatMap(IndicatorValue::getValue);
    List<String> benchmark = new ArrayList<>();
    group.ifPresent(g -> rank(row, benchmark, dataset, definition, organisation, period, g, shown));
    if (shown.isPresent()) {
      definition
          .findBanding(period)
          .ifPresent(
              scheme -> {
                PafBandResult band = PafBanding.withDefaults().band(scheme, shown.get());
                row.band(band);
                benchmark.add(
                    "PAF band "
                        + band.getBand()
                        + " ("
                        + band.getBand().getBand().getLabel().toLowerCase(Locale.ROOT)
                        + ") for "
                        + band.getRoundedValue().toPlainString()
                        + " by banding scheme "
                        + scheme.getVersion()
                        + ".");
              });
    }
    if (!benchmark.isEmpty()) {
      row.benchmarkDerivation(String.join(" ", benchmark));
    }
    return row.build();
  }

  private void spc(
      ScorecardRow.Builder row,
      IndicatorCatalogue catalogue,
      IndicatorDefinition definition,
      IndicatorSeries series,
      ReportingPeriod period,
      Optional<ProfiledTarget> target) {
    List<BigDecimal> points = new ArrayList<>();
    ReportingPeriod p = period;
    while (true) {
      Optional<BigDecimal> v = series.find(p).flatMap(IndicatorValue::getValue);
      if (v.isEmpty() || catalogue.isTrendBreakBetween(definition.getCode(), p, period)) {
        break;
      }
      points.add(0, definition.getRounding().round(v.get()));
      p = p.previous();
    }
    if (points.isEmpty()) {
      return;
    }
    if (points.size() < minimumSpcPoints) {
      row.spcDerivation(
          "No SPC icons: "
              + points.size()
              + (points.size() == 1 ? " consecutive figure" : " consecutive figures")
              + " to "
              + period
              + " under one definition, fewer than the "
              + minimumSpcPoints
              + " a chart needs.");
      return;
    }
    double[] values = points.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    OptionalDouble level =
        target
            .flatMap(ProfiledTarget::getPeriodValue)
            .map(t -> OptionalDouble.of(t.doubleValue()))
            .orElse(OptionalDouble.empty());
    row.spc(XmrChart.withDefaults().calculate(values, definition.getPolarity()), level);
  }

  private void rank(
      ScorecardRow.Builder row,
      List<String> derivation,
      IndicatorDataset dataset,
      IndicatorDefinition definition,
      OrganisationId organisation,
      ReportingPeriod period,
      ComparatorGroup group,
      Optional<BigDecimal> shown) {
    String in = " in " + group.getName();
    if (shown.isEmpty()) {
      derivation.add(
          "Not ranked" + in + ": " + organisation + " has no figure for " + period + ".");
      return;
    }
    Polarity polarity = definition.getPolarity();
    if (!polarity.hasDirection()) {
      derivation.add(
          "Not ranked" + in + ": indicator " + definition.getCode() + " has no polarity.");
      return;
    }
    Set<OrganisationId> members = new TreeSet<>(group.getMembers(period.getEnd()));
    members.add(organisation);
    CrossSection section = dataset.crossSection(definition.getCode(), period, members);
    ComparatorValues.Builder values = ComparatorValues.builder();
    for (IndicatorValue v : section.getValues()) {
      if (v.getValue().isPresent()) {
        values.putValues(
            v.getOrganisation(), definition.getRounding().round(v.getValue().get()).doubleValue());
      } else {
        values.addMissing(v.getOrganisation());
      }
    }
    values.addAllMissing(section.getAbsent());
    ComparatorValues cross = values.build();
    Position position =
        PositionCalculator.withDefaults().with(tieRule).calculate(cross, organisation, polarity);
    row.position(position);
    QuantileBands quartiles = QuantileBanding.withDefaults().calculate(cross, polarity);
    OptionalInt band = quartiles.bandOf(organisation);
    StringBuilder text =
        new StringBuilder("Rank ")
            .append(rank(position.getRank()))
            .append(" of ")
            .append(position.getGroupSize())
            .append(in);
    if (position.getMissingCount() > 0) {
      text.append(" (")
          .append(position.getMissingCount())
          .append(position.getMissingCount() == 1 ? " without a figure)" : " without figures)");
    }
    if (band.isPresent()) {
      int quartile = quartiles.getCount().getBands() + 1 - band.getAsInt();
      row.quartile(quartile);
      text.append("; quartile ").append(quartile).append(" of 4, 1 the best.");
    } else {
      text.append("; too few figures for quartiles.");
    }
    derivation.add(text.toString());
  }

  private static String rank(double rank) {
    return rank == Math.rint(rank)
        ? String.valueOf((long) rank)
        : BigDecimal.valueOf(rank).stripTrailingZeros().toPlainString();
  }

  /**
   * Describes the calculator by its options.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScorecardCalculator["
        + policy
        + ", minimum change "
        + minimumChange
        + ", "
        + tieRule
        + ", SPC from "
        + minimumSpcPoints
        + " points]";
  }
}
