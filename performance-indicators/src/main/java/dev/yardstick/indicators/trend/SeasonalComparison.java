package dev.yardstick.indicators.trend;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.measure.Polarity;
import java.util.Objects;

/**
 * Compares the latest value of a seasonal indicator with the same period in earlier years, so that
 * a December dip that happens every December is not called a deterioration.
 *
 * <p>Method: the same-period values are those one, two, ... {@code years} seasons before the
 * latest (a season is 12 periods for monthly data, 4 for quarterly). The latest value is
 * <em>increasing</em> when it is above every available same-period value, <em>decreasing</em>
 * when below every one, and otherwise within the seasonal range: no significant change. This is
 * the "same period last year" comparison of council performance reports extended to several
 * years, a seasonal-naive benchmark (Hyndman and Athanasopoulos, <i>Forecasting: Principles and
 * Practice</i>, 3rd ed., section 5.2); it makes no distributional assumption.
 *
 * <h2>Options and defaults</h2>
 *
 * Season length 12 (monthly data); 3 earlier years.
 *
 * <h2>Edge cases</h2>
 *
 * <ul>
 *   <li>no same-period value in the earlier years (a series shorter than one season and a period,
 *       or all of them missing): {@link TrendStatus#INSUFFICIENT_DATA};
 *   <li>a missing ({@code NaN}) same-period value is left out; a missing latest value or an
 *       infinite value anywhere: {@link IllegalArgumentException} naming the position;
 *   <li>a latest value equal to the highest or lowest earlier value: within the range.
 * </ul>
 *
 * <pre>{@code
 * SeasonalComparisonResult r = SeasonalComparison.withDefaults()
 *     .compare(monthlyReferrals, Polarity.NONE);
 * r.explain();   // "Within the range of the same period in the previous 3 years ..."
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SeasonalComparison {

  private static final SeasonalComparison DEFAULTS = new SeasonalComparison(12, 3);

  private final int seasonLength;
  private final int years;

  private SeasonalComparison(int seasonLength, int years) {
    this.seasonLength = seasonLength;
    this.years = years;
  }

  /**
   * Returns the comparison for monthly data against the 3 previous years.
   *
   * @return the default comparison
   */
  public static SeasonalComparison withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with the given number of periods in a year.
   *
   * @param periods 12 for months, 4 for quarters, 13 for four-week periods
   * @return the configured comparison
   * @throws IllegalArgumentException if the season length is below 2
   */
  public SeasonalComparison withSeasonLength(int periods) {
    checkArgument(periods >= 2, "season length %s is below 2", periods);
    return new SeasonalComparison(periods, years);
  }

  /**
   * Returns a copy that looks back the given number of years.
   *
   * @param count the number of earlier years, at least 1
   * @return the configured comparison
   * @throws IllegalArgumentException if the count is below 1
   */
  public SeasonalComparison withYears(int count) {
    checkArgument(count >= 1, "years %s is below 1", count);
    return new SeasonalComparison(seasonLength, count);
  }

  /**
   * Compares the latest value with the same period in earlier years.
   *
   * @param values one value per period, oldest first; {@code NaN} for a missing period
   * @param polarity the indicator's polarity
   * @return the comparison
   * @throws IllegalArgumentException if the series is empty, the latest value is missing, or a
   *     value is infinite, naming the position
   */
  public SeasonalComparisonResult compare(double[] values, Polarity polarity) {
    Series.of(values, MissingValues.SKIP, "values");
    Objects.requireNonNull(polarity, "polarity");
    checkArgument(values.length > 0, "values is empty: there is no latest value");
    int last = values.length - 1;
    checkArgument(
        !Double.isNaN(values[last]), "values has a missing latest value at position %s", last);
    double latest = values[last];
    SeasonalComparisonResult.Builder result =
        SeasonalComparisonResult.builder()
            .values(Series.boxed(values))
            .polarity(polarity)
            .seasonLength(seasonLength)
            .years(years)
            .latest(latest);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    int count = 0;
    for (int k = years; k >= 1; k--) {
      int i = last - k * seasonLength;
      if (i < 0 || Double.isNaN(values[i])) {
        continue;
      }
      result.addSamePeriodValues(values[i]);
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
      sum += values[i];
      count++;
    }
    if (count == 0) {
      return result.status(TrendStatus.INSUFFICIENT_DATA).build();
    }
    int lastYear = last - seasonLength;
    if (!Double.isNaN(values[lastYear])) {
      result.changeOnLastYear(latest - values[lastYear]);
    }
    TrendDirection direction =
        latest > max
            ? TrendDirection.INCREASING
            : (latest < min ? TrendDirection.DECREASING : TrendDirection.NO_SIGNIFICANT_CHANGE);
    return result
        .status(TrendStatus.CALCULATED)
        .samePeriodMean(sum / count)
        .samePeriodMinimum(min)
        .samePeriodMaximum(max)
        .direction(direction)
        .build();
  }

  /**
   * Returns the options; for the defaults, {@code SeasonalComparison{12 periods a season, 3
   * years}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SeasonalComparison{" + seasonLength + " periods a season, " + years + " years}";
  }
}
