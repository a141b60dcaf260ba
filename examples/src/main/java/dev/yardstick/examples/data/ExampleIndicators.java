package dev.yardstick.examples.data;

import dev.yardstick.core.framework.IndicatorCode;
import java.util.List;

/**
 * The recipes of the report's 24 indicators, 20 from the PAF catalogue and 4 from ASCOF, with
 * levels, spreads and trends of the size the published figures had. Three are quarterly: reviews of
 * child protection cases (C20), statements of need (D39) and equipment delivered within 7 working
 * days (D54).
 *
 * <p>Denominators come from the councils' populations: children looked after are about 0.6% of the
 * children, more where deprivation is higher; child protection plans about 0.45%; and so on.
 *
 * <p>Implementation requirements: immutable (stateless) and thread-safe.
 */
public final class ExampleIndicators {

  private ExampleIndicators() {}

  /**
   * Returns the recipes.
   *
   * @return 24 recipes
   */
  public static List<IndicatorRecipe> recipes() {
    return List.of(
        percent("A1", ExampleIndicators::lookedAfter, 11, 2, 0.10, -0.25, 1.0),
        percent("A2", (c, y) -> lookedAfter(c, y) / 12, 55, 6, -0.30, 1.0, 4.0),
        percent("A3", ExampleIndicators::protectionPlans, 14, 3, 0.05, -0.10, 2.5),
        percent("C19", ExampleIndicators::lookedAfter, 82, 5, -0.20, 0.8, 2.0),
        percent("C20", (c, y) -> 2 * protectionPlans(c, y), 93, 3, -0.10, 0.30, 1.5).quarterly(),
        percent("C21", ExampleIndicators::protectionPlans, 5, 1.5, 0.05, -0.05, 1.0),
        percent("C23", ExampleIndicators::lookedAfter, 7, 1.5, -0.05, -0.10, 1.0),
        percent("C24", ExampleIndicators::lookedAfter, 10, 2, 0.10, -0.15, 1.2),
        percent("D78", ExampleIndicators::lookedAfter, 68, 5, -0.15, 0.30, 3.0),
        IndicatorRecipe.annual(
            code("C26"),
            (c, y) -> c.population(y, "65-74", "75-84", "85+"),
            10_000,
            75,
            12,
            1.0,
            -1.5,
            5,
            20,
            200),
        IndicatorRecipe.annual(
            code("C28"),
            (c, y) -> c.population(y, "65-74", "75-84", "85+"),
            1_000,
            11,
            2.5,
            0.15,
            0.3,
            0.8,
            2,
            30),
        IndicatorRecipe.annual(
            code("C29"),
            (c, y) -> c.population(y, "18-64"),
            1_000,
            4.5,
            1,
            0.04,
            0.05,
            0.3,
            0.5,
            12),
        IndicatorRecipe.annual(
            code("C30"),
            (c, y) -> c.population(y, "18-64"),
            1_000,
            3.2,
            0.6,
            0.03,
            0.04,
            0.2,
            0.5,
            8),
        IndicatorRecipe.annual(
            code("C32"),
            (c, y) -> c.population(y, "65-74", "75-84", "85+"),
            1_000,
            85,
            15,
            1.5,
            -1.0,
            3,
            20,
            200),
        percent("B11", (c, y) -> c.population(y, "75-84", "85+") / 40, 32, 6, 0.10, 0.5, 2.0),
        percent(
            "D38", (c, y) -> c.population(y, "65-74", "75-84", "85+") / 25, 85, 6, -0.1, 0.5, 2.5),
        percent(
                "D39",
                (c, y) -> c.population(y, "65-74", "75-84", "85+") / 30,
                88,
                5,
                -0.1,
                0.5,
                2.0)
            .quarterly(),
        percent(
                "D54",
                (c, y) -> c.population(y, "65-74", "75-84", "85+") / 20,
                84,
                5,
                -0.1,
                0.6,
                2.5)
            .quarterly(),
        IndicatorRecipe.annual(
            code("E49"),
            (c, y) -> c.population(y, "65-74", "75-84", "85+"),
            1_000,
            95,
            18,
            1.0,
            0.5,
            4,
            20,
            250),
        IndicatorRecipe.annual(
            code("B17"),
            (c, y) -> c.population(y, "75-84", "85+") * 3,
            1,
            17.5,
            1.5,
            0.02,
            0.9,
            0.4,
            10,
            40),
        IndicatorRecipe.annual(
            code("ASCOF 2C"),
            (c, y) -> c.population(y, "65-74", "75-84", "85+"),
            100_000,
            620,
            110,
            8,
            -15,
            40,
            200,
            1_400),
        IndicatorRecipe.annual(
            code("ASCOF 2B"),
            (c, y) -> c.population(y, "18-64"),
            100_000,
            14,
            4,
            0.2,
            -0.3,
            2,
            2,
            40),
        percent(
            "ASCOF 3D(1a)",
            (c, y) -> c.population(y, "18-64", "65-74", "75-84", "85+") / 90,
            88,
            7,
            0,
            0.6,
            2.0),
        percent(
            "ASCOF 3D(1b)",
            (c, y) -> c.population(y, "18-64", "65-74") / 600,
            78,
            15,
            0,
            1.0,
            4.0));
  }

  /**
   * Returns the children looked after by a council at 31 March of a year: about 0.6% of the
   * children, more where deprivation is higher.
   *
   * @param council the council
   * @param yearIndex 0 for the first year of the data
   * @return the children looked after
   */
  public static long lookedAfter(CouncilProfile council, int yearIndex) {
    double perTenThousand = 40 + 1.8 * (council.getDeprivation() - 20) + yearIndex * 0.8;
    return Math.max(20, Math.round(council.population(yearIndex, "0-17") * perTenThousand / 1e4));
  }

  /**
   * Returns the children subject to a child protection plan at 31 March of a year.
   *
   * @param council the council
   * @param yearIndex 0 for the first year of the data
   * @return the children with a plan
   */
  public static long protectionPlans(CouncilProfile council, int yearIndex) {
    double perTenThousand = 30 + 1.2 * (council.getDeprivation() - 20);
    return Math.max(10, Math.round(council.population(yearIndex, "0-17") * perTenThousand / 1e4));
  }

  private static IndicatorRecipe percent(
      String code,
      java.util.function.ToLongBiFunction<CouncilProfile, Integer> denominator,
      double level,
      double spread,
      double deprivationEffect,
      double trend,
      double noise) {
    return IndicatorRecipe.annual(
        code(code), denominator, 100, level, spread, deprivationEffect, trend, noise, 0, 100);
  }

  private static IndicatorCode code(String code) {
    return IndicatorCode.of(code);
  }
}
