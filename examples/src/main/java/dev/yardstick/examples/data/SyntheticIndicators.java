package dev.yardstick.examples.data;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Makes up indicator figures (numerator and denominator) for every council, year and, for quarterly
 * indicators, quarter, from {@link IndicatorRecipe}s and a seed.
 *
 * <p>A council's value in a year is the recipe's level, plus its deprivation effect, plus the
 * council's own tendency (normal, fixed for the council), plus the national trend times the years,
 * plus noise (normal, each year), kept within the recipe's range; its numerator is that value times
 * the denominator over the multiplier, rounded. Quarterly figures are drawn the same way for each
 * quarter and the year's figure is the sum of the quarters' numerators over the sum of their
 * denominators, as a ratio's roll-up must be. Two councils per indicator are outliers, three
 * standard deviations from where they would be, and {@link Shift}s move one council's values from a
 * quarter on, so that a report has something to find.
 *
 * <p>The same seed gives the same figures; each indicator and council draws from its own stream, so
 * adding an indicator leaves the others unchanged.
 *
 * <p>Implementation requirements: immutable (stateless) and thread-safe.
 */
public final class SyntheticIndicators {

  /** Receives each figure made. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Accepts a figure.
     *
     * @param indicator the indicator
     * @param organisation the council
     * @param period a financial year or quarter
     * @param numerator the numerator
     * @param denominator the denominator
     */
    void accept(
        IndicatorCode indicator,
        OrganisationId organisation,
        ReportingPeriod period,
        long numerator,
        long denominator);
  }

  /** A change in one council's values of one indicator from a quarter on, in shown units. */
  public static final class Shift {
    private final IndicatorCode indicator;
    private final OrganisationId organisation;
    private final int fromQuarter;
    private final double amount;

    private Shift(
        IndicatorCode indicator, OrganisationId organisation, int fromQuarter, double amount) {
      this.indicator = indicator;
      this.organisation = organisation;
      this.fromQuarter = fromQuarter;
      this.amount = amount;
    }

    /**
     * Returns a shift.
     *
     * @param indicator the indicator
     * @param organisation the council
     * @param fromQuarter the first quarter shifted, counted from 0 for Q1 of the first year
     * @param amount the change, in shown units
     * @return the shift
     */
    public static Shift of(
        IndicatorCode indicator, OrganisationId organisation, int fromQuarter, double amount) {
      return new Shift(
          Objects.requireNonNull(indicator, "indicator"),
          Objects.requireNonNull(organisation, "organisation"),
          fromQuarter,
          amount);
    }
  }

  private SyntheticIndicators() {}

  /**
   * Makes the figures.
   *
   * @param councils the councils
   * @param recipes the indicators' recipes
   * @param firstYear the first financial year
   * @param years the number of years, at least 1
   * @param seed the seed
   * @param shifts changes to particular councils' values
   * @param sink receives every figure
   * @throws IllegalArgumentException if the number of years is not positive
   */
  public static void generate(
      List<CouncilProfile> councils,
      List<IndicatorRecipe> recipes,
      FinancialYear firstYear,
      int years,
      long seed,
      List<Shift> shifts,
      Sink sink) {
    Objects.requireNonNull(councils, "councils");
    Objects.requireNonNull(recipes, "recipes");
    Objects.requireNonNull(firstYear, "firstYear");
    Objects.requireNonNull(shifts, "shifts");
    Objects.requireNonNull(sink, "sink");
    checkArgument(years >= 1, "number of years %s is not positive", years);
    for (IndicatorRecipe recipe : recipes) {
      SplittableRandom pick = new SplittableRandom(seed ^ recipe.getCode().toString().hashCode());
      int outlierHigh = pick.nextInt(councils.size());
      int outlierLow = pick.nextInt(councils.size());
      for (int c = 0; c < councils.size(); c++) {
        CouncilProfile council = councils.get(c);
        SplittableRandom r =
            new SplittableRandom(
                seed * 1_000_003L
                    + recipe.getCode().toString().hashCode() * 8_191L
                    + council.getId().toString().hashCode());
        double own = r.nextGaussian() * recipe.spread();
        if (c == outlierHigh) {
          own += 3 * recipe.spread();
        } else if (c == outlierLow) {
          own -= 3 * recipe.spread();
        }
        double base =
            recipe.level() + recipe.deprivationEffect() * (council.getDeprivation() - 20) + own;
        List<Shift> mine = new ArrayList<>();
        for (Shift s : shifts) {
          if (s.indicator.equals(recipe.getCode()) && s.organisation.equals(council.getId())) {
            mine.add(s);
          }
        }
        for (int y = 0; y < years; y++) {
          FinancialYear year = firstYear.plusYears(y);
          long annualDenominator = Math.max(1, recipe.denominator(council, y));
          double yearly = base + recipe.trend() * y + r.nextGaussian() * recipe.noise();
          if (!recipe.isQuarterly()) {
            double value = recipe.clamp(yearly + shift(mine, 4 * y + 3));
            sink.accept(
                recipe.getCode(),
                council.getId(),
                year,
                numerator(recipe, value, annualDenominator),
                annualDenominator);
            continue;
          }
          long sumNumerator = 0;
          long sumDenominator = 0;
          for (int q = 1; q <= 4; q++) {
            long d =
                Math.max(1, Math.round(annualDenominator / 4.0 * (0.9 + 0.2 * r.nextDouble())));
            double value =
                recipe.clamp(
                    yearly + r.nextGaussian() * recipe.noise() + shift(mine, 4 * y + q - 1));
            long n = numerator(recipe, value, d);
            sink.accept(recipe.getCode(), council.getId(), FinancialQuarter.of(year, q), n, d);
            sumNumerator += n;
            sumDenominator += d;
          }
          sink.accept(recipe.getCode(), council.getId(), year, sumNumerator, sumDenominator);
        }
      }
    }
  }

  private static double shift(List<Shift> shifts, int quarter) {
    double total = 0;
    for (Shift s : shifts) {
      if (quarter >= s.fromQuarter) {
        total += s.amount;
      }
    }
    return total;
  }

  private static long numerator(IndicatorRecipe recipe, double value, long denominator) {
    long n = Math.round(value / recipe.multiplier() * denominator);
    return recipe.multiplier() == 100 ? Math.min(Math.max(n, 0), denominator) : Math.max(n, 0);
  }
}
