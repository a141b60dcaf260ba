package dev.yardstick.indicators.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.status.DirectionOfTravel;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendPropertyTest {

  private static final MannKendall MK = MannKendall.withDefaults();
  private static final LeastSquaresTrend OLS = LeastSquaresTrend.withDefaults();

  private static double[] series(List<Integer> values) {
    return values.stream().mapToDouble(Integer::doubleValue).toArray();
  }

  private static double[] map(double[] y, java.util.function.DoubleUnaryOperator f) {
    return Arrays.stream(y).map(f).toArray();
  }

  private static double[] reversed(double[] y) {
    double[] r = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      r[i] = y[y.length - 1 - i];
    }
    return r;
  }

  @Test
  void kendallScore_fastEqualsNaivePairCount() {
    qt().forAll(lists().of(integers().between(-5, 5)).ofSizeBetween(0, 300))
        .check(v -> KendallScore.of(series(v)).s == NaiveKendall.score(series(v)));
  }

  @Test
  void shiftByConstant_keepsVerdictsAndSlopes() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(3, 40), integers().between(-1000, 1000))
        .check(
            (v, c) -> {
              double[] y = series(v);
              double[] shifted = map(y, d -> d + c);
              MannKendallResult a = MK.calculate(y, Polarity.HIGHER_IS_BETTER);
              MannKendallResult b = MK.calculate(shifted, Polarity.HIGHER_IS_BETTER);
              LeastSquaresResult la = OLS.calculate(y, Polarity.HIGHER_IS_BETTER);
              LeastSquaresResult lb = OLS.calculate(shifted, Polarity.HIGHER_IS_BETTER);
              return a.getS().equals(b.getS())
                  && a.getDirectionOfTravel().equals(b.getDirectionOfTravel())
                  && a.getSenSlope().equals(b.getSenSlope())
                  && Math.abs(la.getSlope().getAsDouble() - lb.getSlope().getAsDouble()) <= 1e-9
                  && la.getDirectionOfTravel().equals(lb.getDirectionOfTravel());
            });
  }

  @Test
  void scaleByPositiveFactor_scalesSlopesKeepsVerdicts() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(3, 40), integers().between(1, 50))
        .check(
            (v, k) -> {
              double[] y = series(v);
              double[] scaled = map(y, d -> d * k);
              MannKendallResult a = MK.calculate(y, Polarity.LOWER_IS_BETTER);
              MannKendallResult b = MK.calculate(scaled, Polarity.LOWER_IS_BETTER);
              LeastSquaresResult la = OLS.calculate(y, Polarity.LOWER_IS_BETTER);
              LeastSquaresResult lb = OLS.calculate(scaled, Polarity.LOWER_IS_BETTER);
              double tolerance = 1e-9 * Math.max(1, Math.abs(k * la.getSlope().getAsDouble()));
              return a.getDirection().equals(b.getDirection())
                  && Math.abs(k * a.getSenSlope().getAsDouble() - b.getSenSlope().getAsDouble()) <= 1e-9 * k
                  && Math.abs(k * la.getSlope().getAsDouble() - lb.getSlope().getAsDouble()) <= tolerance
                  && la.getDirectionOfTravel().equals(lb.getDirectionOfTravel());
            });
  }

  @Test
  void reverseTime_swapsImprovingAndWorsening() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(3, 40))
        .check(
            v -> {
              double[] y = series(v);
              MannKendallResult a = MK.calculate(y, Polarity.HIGHER_IS_BETTER);
              MannKendallResult b = MK.calculate(reversed(y), Polarity.HIGHER_IS_BETTER);
              LeastSquaresResult la = OLS.calculate(y, Polarity.HIGHER_IS_BETTER);
              LeastSquaresResult lb = OLS.calculate(reversed(y), Polarity.HIGHER_IS_BETTER);
              return a.getDirectionOfTravel().map(DirectionOfTravel::flip).equals(b.getDirectionOfTravel())
                  && a.getDirection().map(TrendDirection::reverse).equals(b.getDirection())
                  && la.getDirectionOfTravel().map(DirectionOfTravel::flip).equals(lb.getDirectionOfTravel());
            });
  }

  @Test
  void constantSeries_noTrendAnywhere() {
    qt().forAll(integers().between(-1000, 1000), integers().between(3, 60), integers().between(1, 9))
        .check(
            (c, n, tenths) -> {
              double value = c + tenths / 10.0;
              double[] y = new double[n];
              Arrays.fill(y, value);
              double[] lower = map(y, d -> d - 1);
              double[] upper = map(y, d -> d + 1);
              Optional<DirectionOfTravel> none = Optional.of(DirectionOfTravel.NO_SIGNIFICANT_CHANGE);
              return MK.calculate(y, Polarity.HIGHER_IS_BETTER).getDirectionOfTravel().equals(none)
                  && OLS.calculate(y, Polarity.HIGHER_IS_BETTER).getDirectionOfTravel().equals(none)
                  && (n < 5
                      || RecentTrend.withDefaults()
                          .calculate(y, lower, upper, Polarity.HIGHER_IS_BETTER)
                          .getDirectionOfTravel()
                          .equals(none));
            });
  }

  @Test
  void directionOfTravel_flippingPolarityFlipsVerdict() {
    DirectionOfTravelCalculator calc =
        DirectionOfTravelCalculator.withDefaults().with(MinimumChange.absolute(BigDecimal.ONE));
    qt().forAll(integers().between(-500, 500), integers().between(-500, 500))
        .check(
            (latest, previous) -> {
              BigDecimal l = BigDecimal.valueOf(latest, 1);
              BigDecimal p = BigDecimal.valueOf(previous, 1);
              DirectionOfTravel higher =
                  calc.assess(l, p, Polarity.HIGHER_IS_BETTER).getDirectionOfTravel().orElseThrow();
              DirectionOfTravel lower =
                  calc.assess(l, p, Polarity.LOWER_IS_BETTER).getDirectionOfTravel().orElseThrow();
              DirectionOfTravel mirrored =
                  calc.assess(l.negate(), p.negate(), Polarity.LOWER_IS_BETTER)
                      .getDirectionOfTravel()
                      .orElseThrow();
              return higher.flip() == lower && higher == mirrored;
            });
  }

  @Test
  void senSlope_ofExactLine_isItsSlope() {
    qt().forAll(integers().between(-20, 20), integers().between(3, 50))
        .check(
            (b, n) -> {
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                y[i] = 7 + b * i;
              }
              MannKendallResult r = MK.calculate(y);
              assertEquals(b, r.getSenSlope().getAsDouble(), 0.0);
              return Math.abs(r.getSenIntercept().getAsDouble() - 7) < 1e-9;
            });
  }
}
