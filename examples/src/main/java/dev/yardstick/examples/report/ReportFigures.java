package dev.yardstick.examples.report;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.organisation.ComparatorGroup;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.core.status.CapacityForImprovement;
import dev.yardstick.core.status.ServingPeopleWell;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.assessment.BandCounts;
import dev.yardstick.indicators.assessment.DomainProfile;
import dev.yardstick.indicators.assessment.ProfileEntry;
import dev.yardstick.indicators.assessment.Scorecard;
import dev.yardstick.indicators.assessment.ScorecardCalculator;
import dev.yardstick.indicators.assessment.ScorecardRow;
import dev.yardstick.indicators.assessment.rating.KeyIndicatorValue;
import dev.yardstick.indicators.assessment.rating.ServiceGroup;
import dev.yardstick.indicators.assessment.rating.ServingPeopleWellRule;
import dev.yardstick.indicators.assessment.rating.SocialServicesJudgements;
import dev.yardstick.indicators.assessment.rating.StarRatingResult;
import dev.yardstick.indicators.assessment.rating.StarRatingScheme;
import dev.yardstick.indicators.assessment.rating.SuggestedJudgement;
import dev.yardstick.indicators.benchmark.BandThresholds;
import dev.yardstick.indicators.benchmark.BandingScheme;
import dev.yardstick.indicators.benchmark.ComparatorValues;
import dev.yardstick.indicators.benchmark.CutPointRule;
import dev.yardstick.indicators.benchmark.PafBand;
import dev.yardstick.indicators.benchmark.QuantileMethod;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.variance.ExceptionReport;
import dev.yardstick.indicators.variance.ExceptionReportCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The figures of the quarterly report, each computed through Yardstick's public API from the
 * example data: the scorecard rows (value, target and RAG, direction of travel, SPC icons, rank
 * among statistical neighbours, band), the exception report, the domain profile and the suggested
 * star rating.
 *
 * <p>Bands: the catalogue carries no published PAF band thresholds, so each indicator is banded
 * against thresholds set, as the PAF's were, in advance: the quintiles of the previous year's
 * values of all 150 councils (Hyndman and Fan type 7), best fifth in band 5. Indicators with no
 * better direction are not banded.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class ReportFigures {

  final ExampleDataset data;
  final OrganisationId council;
  final FinancialYear year;
  final FinancialQuarter quarter;

  /** The council and its statistical neighbours: the comparator group of the report. */
  final List<OrganisationId> group;

  /** The example's catalogue with the bandings the report sets (see the class comment). */
  final IndicatorCatalogue catalogue;

  final Map<IndicatorCode, IndicatorDefinition> definitions = new LinkedHashMap<>();
  final Map<IndicatorCode, ScorecardRow> rows = new LinkedHashMap<>();
  final Map<IndicatorCode, Optional<IndicatorValue>> latestQuarter = new LinkedHashMap<>();
  final Scorecard scorecard;
  final ExceptionReport exceptions;
  final DomainProfile profile;
  final SuggestedJudgement children;
  final SuggestedJudgement adults;
  final StarRatingResult rating;

  private ReportFigures(ExampleDataset data) {
    this.data = data;
    this.council = data.getCouncil().getId();
    this.year = ExampleDataset.REPORT_YEAR;
    this.quarter = ExampleDataset.REPORT_QUARTER;
    List<OrganisationId> members = new ArrayList<>();
    members.add(council);
    data.getNeighbours().getNeighbours().forEach(n -> members.add(n.getOrganisation()));
    this.group = List.copyOf(members);

    this.catalogue = withQuintileBandings(data);
    ScorecardCalculator calculator =
        ScorecardCalculator.withDefaults().withMinimumSpcPoints(ExampleDataset.YEARS);
    ComparatorGroup comparators = data.getNeighbours().getComparatorGroup();
    this.scorecard =
        calculator.calculate(
            data.getDataset(),
            catalogue,
            data.getFramework(),
            council,
            year,
            data.getIndicators(),
            comparators);
    Scorecard lastYear =
        calculator.calculate(
            data.getDataset(),
            catalogue,
            data.getFramework(),
            council,
            year.plusYears(-1),
            data.getIndicators(),
            comparators);

    List<ProfileEntry> entries = new ArrayList<>();
    List<Integer> childrenBands = new ArrayList<>();
    List<Integer> adultBands = new ArrayList<>();
    for (int i = 0; i < scorecard.getRows().size(); i++) {
      ScorecardRow row = scorecard.getRows().get(i);
      IndicatorCode code = row.getIndicator();
      IndicatorDefinition definition = catalogue.get(code, year.getEnd());
      definitions.put(code, definition);
      rows.put(code, row);
      latestQuarter.put(code, data.getDataset().get(code, council, quarter));
      if (definition.isPaf() && definition.getDomain().isPresent()) {
        Domain domain = definition.getDomain().get();
        Optional<PafBand> band = row.getBand();
        Optional<PafBand> previous = lastYear.getRows().get(i).getBand();
        if (band.isPresent() && previous.isPresent()) {
          entries.add(ProfileEntry.of(code, domain, band.get(), previous.get()));
        } else if (band.isPresent()) {
          entries.add(
              ProfileEntry.builder().indicator(code).domain(domain).band(band.get()).build());
        } else {
          entries.add(ProfileEntry.notBanded(code, domain));
        }
        band.ifPresent(
            b -> (isChildren(definition) ? childrenBands : adultBands).add(b.getNumber()));
      }
    }
    this.exceptions =
        ExceptionReportCalculator.withDefaults()
            .calculate(data.getDataset(), catalogue, data.getFramework(), council, year);
    this.profile = DomainProfile.of(council, year, Domain.pafDomains(), entries);
    List<KeyIndicatorValue> keys = keyIndicators();
    StarRatingScheme scheme = StarRatingScheme.socialServices2002();
    ServingPeopleWellRule rule = ServingPeopleWellRule.defaults();
    this.children =
        rule.suggest(ServiceGroup.CHILDREN, BandCounts.fromBands(childrenBands), keys, scheme);
    this.adults = rule.suggest(ServiceGroup.ADULTS, BandCounts.fromBands(adultBands), keys, scheme);
    this.rating =
        scheme.rate(
            SocialServicesJudgements.of(
                children.getSuggestion().orElse(ServingPeopleWell.SOME),
                CapacityForImprovement.PROMISING,
                adults.getSuggestion().orElse(ServingPeopleWell.SOME),
                CapacityForImprovement.PROMISING),
            keys);
  }

  /**
   * Computes the figures.
   *
   * @param data the example data
   * @return the figures
   */
  static ReportFigures compute(ExampleDataset data) {
    return new ReportFigures(data);
  }

  /** The comparator group's values of an indicator in a period, rounded as published. */
  ComparatorValues groupValues(IndicatorCode code, ReportingPeriod period) {
    return data.getDataset().crossSection(code, period, group).toComparatorValues();
  }

  /** Every council's values of an indicator in a period, rounded as published. */
  ComparatorValues nationalValues(IndicatorCode code, ReportingPeriod period) {
    return data.getDataset().crossSection(code, period).toComparatorValues();
  }

  /**
   * The XmR chart of the council's quarterly figures of an indicator over the eight years, with the
   * quarters it covers.
   */
  XmrChartResult quarterlyXmr(IndicatorCode code, List<ReportingPeriod> periods) {
    List<Double> series = new ArrayList<>();
    for (int y = 0; y < ExampleDataset.YEARS; y++) {
      for (int q = 1; q <= 4; q++) {
        FinancialQuarter p = FinancialQuarter.of(ExampleDataset.FIRST_YEAR.plusYears(y), q);
        Optional<BigDecimal> v =
            data.getDataset().get(code, council, p).flatMap(IndicatorValue::getValue);
        if (v.isPresent()) {
          periods.add(p);
          series.add(v.get().doubleValue());
        }
      }
    }
    return XmrChart.withDefaults()
        .calculate(
            series.stream().mapToDouble(Double::doubleValue).toArray(),
            definitions.get(code).getPolarity());
  }

  /**
   * Returns the example's catalogue with, on the definitions in force in the report year and the
   * year before, a banding scheme for that year: the quintiles of all councils' values in the year
   * before it.
   */
  private static IndicatorCatalogue withQuintileBandings(ExampleDataset data) {
    IndicatorCatalogue catalogue = data.getCatalogue();
    Map<IndicatorDefinition, IndicatorDefinition.Builder> changed = new LinkedHashMap<>();
    for (IndicatorCode code : data.getIndicators()) {
      for (FinancialYear year :
          List.of(ExampleDataset.REPORT_YEAR.plusYears(-1), ExampleDataset.REPORT_YEAR)) {
        IndicatorDefinition definition = catalogue.get(code, year.getEnd());
        scheme(data, definition, year)
            .ifPresent(
                scheme ->
                    changed
                        .computeIfAbsent(definition, d -> IndicatorDefinition.builder().from(d))
                        .addBandings(scheme));
      }
    }
    List<IndicatorDefinition> all = new ArrayList<>();
    for (IndicatorDefinition d : catalogue.getDefinitions()) {
      all.add(changed.containsKey(d) ? changed.get(d).build() : d);
    }
    return IndicatorCatalogue.of(all);
  }

  /** Quintile thresholds of all councils' values in the year before, set in advance as PAF's. */
  private static Optional<BandingScheme> scheme(
      ExampleDataset data, IndicatorDefinition definition, FinancialYear period) {
    Polarity polarity = definition.getPolarity();
    if (!polarity.hasDirection()
        || polarity.getKind() == Polarity.Kind.WITHIN_RANGE
        || definition.getServiceArea().filter(a -> a == ServiceArea.CORPORATE).isPresent()) {
      return Optional.empty();
    }
    FinancialYear before = period.plusYears(-1);
    ComparatorValues all =
        data.getDataset().crossSection(definition.getCode(), before).toComparatorValues();
    if (all.getValues().size() < 10) {
      return Optional.empty();
    }
    double[] values = all.getValues().values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] cuts =
        Quantile.withDefaults()
            .with(Quantile.EstimationMethod.HF7)
            .withCopy(true)
            .evaluate(values, 0.2, 0.4, 0.6, 0.8);
    Set<BigDecimal> distinct = new TreeSet<>();
    for (double c : cuts) {
      distinct.add(definition.getRounding().round(BigDecimal.valueOf(c)));
    }
    if (distinct.size() < 4) {
      return Optional.empty();
    }
    return Optional.of(
        BandingScheme.builder()
            .version("quintiles of " + before)
            .effectiveFrom(period.getStart())
            .effectiveTo(period.getEnd())
            .rounding(definition.getRounding())
            .cutPointRule(CutPointRule.IN_BAND_BELOW)
            .thresholds(BandThresholds.oneSided(polarity, distinct.toArray(new BigDecimal[0])))
            .build());
  }

  private List<KeyIndicatorValue> keyIndicators() {
    List<KeyIndicatorValue> keys = new ArrayList<>();
    value("A1").ifPresent(v -> keys.add(KeyIndicatorValue.of("PAF A1", v)));
    value("A3").ifPresent(v -> keys.add(KeyIndicatorValue.of("CP re-registrations", v)));
    value("D38").ifPresent(v -> keys.add(KeyIndicatorValue.of("PAF D38", v)));
    return keys;
  }

  private Optional<BigDecimal> value(String code) {
    return data.getDataset()
        .get(IndicatorCode.of(code), council, year)
        .flatMap(IndicatorValue::getValue);
  }

  private static boolean isChildren(IndicatorDefinition definition) {
    return definition
        .getServiceArea()
        .filter(a -> a == ServiceArea.CHILDREN_AND_FAMILIES)
        .isPresent();
  }

  /** Whether a row has a rank among others: a local indicator has only the council's figure. */
  static boolean isRanked(ScorecardRow row) {
    return row.getRank().isPresent() && row.getGroupSize().orElse(0) > 1;
  }

  static String rank(double rank) {
    return rank == Math.rint(rank) ? Integer.toString((int) rank) : Double.toString(rank);
  }

  /** The quantile method of the group's quartiles in the charts (a spreadsheet's QUARTILE.INC). */
  static final QuantileMethod QUARTILES = QuantileMethod.HYNDMAN_FAN_7;
}
