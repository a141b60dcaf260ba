package dev.yardstick.indicators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.benchmark.BandThresholds;
import dev.yardstick.indicators.benchmark.BandingScheme;
import dev.yardstick.indicators.benchmark.CutPointRule;
import dev.yardstick.indicators.dataset.DuplicatePolicy;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Definitions, a catalogue and QuickTheories generators shared by the tests. */
@SuppressWarnings("exports") // QuickTheories is on the test path only, not a module of the API
public final class TestIndicators {

  /** PAF A1's banding as in the banding scheme's own example, lower is better, 2002-03. */
  public static final BandingScheme BANDING_2002 =
      BandingScheme.builder()
          .version("2002-03")
          .effectiveFrom(LocalDate.of(2002, 4, 1))
          .effectiveTo(LocalDate.of(2003, 3, 31))
          .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
          .cutPointRule(CutPointRule.IN_BAND_BELOW)
          .thresholds(
              BandThresholds.oneSided(
                  Polarity.LOWER_IS_BETTER,
                  new BigDecimal("10"),
                  new BigDecimal("13"),
                  new BigDecimal("16"),
                  new BigDecimal("20")))
          .putGroupThresholds(
              "Group 2",
              BandThresholds.oneSided(
                  Polarity.LOWER_IS_BETTER,
                  new BigDecimal("11"),
                  new BigDecimal("14"),
                  new BigDecimal("17"),
                  new BigDecimal("21.5")))
          .build();

  /** A two-sided banding from 2003-04 on. */
  public static final BandingScheme BANDING_2003 =
      BandingScheme.builder()
          .version("2003-04 two-sided")
          .effectiveFrom(LocalDate.of(2003, 4, 1))
          .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
          .cutPointRule(CutPointRule.IN_BAND_ABOVE)
          .thresholds(
              BandThresholds.twoSided(
                  new BigDecimal("5"),
                  new BigDecimal("8"),
                  new BigDecimal("10"),
                  new BigDecimal("15"),
                  new BigDecimal("18"),
                  new BigDecimal("24")))
          .build();

  /** A percentage ratio to one decimal place, lower is better. */
  public static final IndicatorDefinition PERCENT =
      definition("T1", Unit.PERCENTAGE, MeasureKind.RATIO, RoundingPolicy.ONE_DECIMAL_PLACE)
          .addAliases(IndicatorCode.of("OLD 1"))
          .polarity(Polarity.LOWER_IS_BETTER)
          .addBandings(BANDING_2002, BANDING_2003)
          .build();

  /** A flow count. */
  public static final IndicatorDefinition FLOW =
      definition("T2", Unit.COUNT, MeasureKind.FLOW_COUNT, RoundingPolicy.WHOLE_NUMBER).build();

  /** A snapshot count. */
  public static final IndicatorDefinition SNAPSHOT =
      definition("T3", Unit.COUNT, MeasureKind.SNAPSHOT, RoundingPolicy.WHOLE_NUMBER).build();

  /** A rate per 1,000 to two decimal places. */
  public static final IndicatorDefinition RATE =
      definition("T4", Unit.PER_1_000, MeasureKind.RATIO, RoundingPolicy.TWO_DECIMAL_PLACES)
          .build();

  /** The four test definitions. */
  public static final IndicatorCatalogue CATALOGUE =
      IndicatorCatalogue.of(List.of(PERCENT, FLOW, SNAPSHOT, RATE));

  /** Five councils. */
  public static final List<OrganisationId> ORGANISATIONS =
      List.of(
          OrganisationId.gss("E06000001"),
          OrganisationId.gss("E06000002"),
          OrganisationId.gss("E08000001"),
          OrganisationId.gss("E09000001"),
          OrganisationId.gss("E10000002"));

  /** Texts that CSV and spreadsheets find awkward. */
  public static final List<String> AWKWARD =
      List.of(
          "a, b and c",
          "she said \"no\"",
          "line one\nline two",
          "crlf\r\ninside",
          "=SUM(A1:A9)",
          "+44 1234",
          "-minus",
          "@mention",
          "\ttabbed",
          "\rcarriage",
          "'apostrophe",
          "''",
          "'",
          " leading space",
          "café – naïve £5",
          "#hash");

  private TestIndicators() {}

  private static IndicatorDefinition.Builder definition(
      String code, Unit unit, MeasureKind kind, RoundingPolicy rounding) {
    return IndicatorDefinition.builder()
        .code(IndicatorCode.of(code))
        .title("Test indicator " + code)
        .unit(unit)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .measureKind(kind)
        .frequency(Frequency.MONTHLY)
        .rounding(rounding)
        .effectiveFrom(LocalDate.of(2000, 4, 1));
  }

  /**
   * Returns periods of three kinds in 2001-02 to 2004-05.
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> periods() {
    List<ReportingPeriod> all = new ArrayList<>();
    for (int year = 2001; year <= 2004; year++) {
      FinancialYear fy = FinancialYear.of(year);
      all.add(fy);
      all.addAll(fy.getQuarters());
      all.addAll(fy.getMonths());
    }
    return Generate.pick(all);
  }

  /**
   * Returns free text: awkward texts and random printable strings.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return Generate.pick(AWKWARD)
        .mix(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(1, 12), 50);
  }

  /**
   * Returns values of the test definitions, consistent with them, of every quality.
   *
   * @return the generator
   */
  public static Gen<IndicatorValue> values() {
    Gen<IndicatorDefinition> definitions = Generate.pick(List.of(PERCENT, FLOW, SNAPSHOT, RATE));
    Gen<OrganisationId> organisations = Generate.pick(ORGANISATIONS);
    Gen<Long> denominators = longs().between(1, 5_000_000_000L).mix(longs().between(1, 50));
    Gen<Integer> share = integers().between(0, 1000);
    Gen<Optional<String>> texts = texts().toOptionals(40);
    Gen<ValueQuality> qualities = Generate.enumValues(ValueQuality.class);
    Gen<BigDecimal> counts =
        longs().between(0, 1_000_000L).map(l -> BigDecimal.valueOf(l));
    return definitions.zip(
        organisations,
        periods(),
        qualities,
        denominators.zip(share, counts, (d, s, c) -> new Object[] {d, s, c}),
        (definition, organisation, period, quality, numbers) ->
            build(definition, organisation, period, quality, numbers))
        .zip(texts, texts, TestIndicators::withTexts);
  }

  private static IndicatorValue build(
      IndicatorDefinition definition, OrganisationId organisation, ReportingPeriod period,
      ValueQuality quality, Object[] numbers) {
    long denominator = (Long) numbers[0];
    long numerator = denominator * (Integer) numbers[1] / 1000;
    BigDecimal count = (BigDecimal) numbers[2];
    IndicatorValue.Builder value =
        IndicatorValue.builder()
            .indicator(definition.getCode())
            .organisation(organisation)
            .period(period)
            .quality(quality);
    if (quality == ValueQuality.MISSING) {
      value.qualityReason("not returned");
    }
    if (!quality.hasValue()) {
      return value.build();
    }
    if (definition.getMeasureKind() == MeasureKind.RATIO) {
      return value
          .numerator(numerator)
          .denominator(denominator)
          .value(definition.valueOf(dev.yardstick.core.measure.Ratio.of(numerator, denominator))
              .orElseThrow())
          .build();
    }
    return value.value(count).build();
  }

  private static IndicatorValue withTexts(
      IndicatorValue value, Optional<String> reason, Optional<String> commentary) {
    IndicatorValue.Builder b = IndicatorValue.builder().from(value);
    if (value.getQuality() != ValueQuality.MISSING) {
      b.qualityReason(reason.filter(r -> !r.isBlank()));
    }
    return b.commentary(commentary).build();
  }

  /**
   * Returns datasets of up to {@code maxSize} values; later duplicates win.
   *
   * @param maxSize the largest number of values generated
   * @return the generator
   */
  public static Gen<IndicatorDataset> datasets(int maxSize) {
    return SourceDSL.lists()
        .of(values())
        .ofSizeBetween(0, maxSize)
        .map(
            list ->
                IndicatorDataset.builder()
                    .duplicatePolicy(DuplicatePolicy.LATEST_WINS)
                    .addAll(list)
                    .build());
  }
}
