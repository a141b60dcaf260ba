package dev.yardstick.risk.matrix;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Equality and null handling of the matrix value types. */
class MatrixValueTypesTest {

  private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, APRIL)
        .setDefault(RiskScale.class, RiskScale.likelihoodFivePoint())
        .setDefault(ScoreBanding.class, ScoreBanding.defaults())
        .setDefault(MatrixCell.class, MatrixCell.of(1, 1))
        .setDefault(RatingBand.class, RatingBand.of("Low", 1));
  }

  @Test
  void equals_valueTypes() {
    RiskMatrix m = RiskMatrix.fiveByFive(APRIL);
    new EqualsTester()
        .addEqualityGroup(MatrixCell.of(2, 3), MatrixCell.builder().likelihood(2).impact(3).build())
        .addEqualityGroup(MatrixCell.of(3, 2))
        .addEqualityGroup(ScaleLevel.of(1, "Rare"), ScaleLevel.of(1, "Rare"))
        .addEqualityGroup(
            ScaleLevel.builder().value(1).descriptor("Rare").guidance("under 5%").build())
        .addEqualityGroup(RiskScale.likelihoodFivePoint(), RiskScale.likelihoodFivePoint())
        .addEqualityGroup(RiskScale.impactFivePoint())
        .addEqualityGroup(RatingBand.of("High", 12), RatingBand.of("High", 12))
        .addEqualityGroup(RatingBand.of("High", 16))
        .addEqualityGroup(ScoreBanding.defaults(), ScoreBanding.defaults())
        .addEqualityGroup(m, RiskMatrix.fiveByFive(APRIL))
        .addEqualityGroup(RiskMatrix.fiveByFive(APRIL.plusYears(1)))
        .addEqualityGroup(m.rate(4, 3), RiskMatrix.fiveByFive(APRIL).rate(4, 3))
        .addEqualityGroup(m.rate(3, 4))
        .addEqualityGroup(RiskMatrixVersions.of(m), RiskMatrixVersions.of(m))
        .testEquals();
  }

  @Test
  void nulls_publicMethodsRejectNull() {
    NullPointerTester t = tester();
    for (Class<?> c :
        new Class<?>[] {
          MatrixCell.class,
          ScaleLevel.class,
          RiskScale.class,
          RatingBand.class,
          ScoreBanding.class,
          RiskMatrix.class,
          RiskRating.class,
          RiskMatrixVersions.class
        }) {
      t.testAllPublicStaticMethods(c);
    }
    RiskMatrix m = RiskMatrix.fiveByFive(APRIL);
    t.testAllPublicInstanceMethods(m);
    t.testAllPublicInstanceMethods(m.getLikelihoodScale());
    t.testAllPublicInstanceMethods(ScoreBanding.defaults());
    t.testAllPublicInstanceMethods(MatrixCell.of(2, 2));
    t.testAllPublicInstanceMethods(RiskMatrixVersions.of(m));
    t.testAllPublicInstanceMethods(m.rate(2, 2));
  }
}
