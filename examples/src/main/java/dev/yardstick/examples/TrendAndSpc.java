package dev.yardstick.examples;

import dev.yardstick.core.measure.Polarity;
import dev.yardstick.indicators.spc.XmrChart;
import dev.yardstick.indicators.spc.XmrChartResult;
import dev.yardstick.indicators.trend.MannKendall;
import dev.yardstick.indicators.trend.MannKendallResult;

/**
 * The trend and the statistical process control of one series: 24 months of the percentage of child
 * protection reviews held on time, which improved from month 15. Mann-Kendall finds the trend; the
 * XmR chart (NHS England "Making Data Count" rules) finds the special cause.
 */
public final class TrendAndSpc {

  /** The series: months 1 to 24, per cent of reviews held on time. */
  static final double[] REVIEWS_ON_TIME = {
    88.1, 90.2, 87.5, 89.0, 91.3, 88.7, 89.9, 87.2, 90.5, 88.8, 89.6, 90.1, 88.4, 89.3, 93.9, 94.6,
    93.1, 95.2, 94.0, 94.8, 93.6, 95.5, 94.2, 95.0
  };

  private TrendAndSpc() {}

  /**
   * Prints the trend and the chart's verdict.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(trend().explain());
    System.out.println(spc().explain());
  }

  /**
   * Returns the Mann-Kendall trend test of the series.
   *
   * @return a significant increase, which is improving
   */
  public static MannKendallResult trend() {
    return MannKendall.withDefaults().calculate(REVIEWS_ON_TIME, Polarity.HIGHER_IS_BETTER);
  }

  /**
   * Returns the XmR chart of the series with its limits fixed on the first 12 months.
   *
   * @return the chart, whose latest points are special causes of improvement
   */
  public static XmrChartResult spc() {
    return XmrChart.withDefaults()
        .withBaselineLength(12)
        .calculate(REVIEWS_ON_TIME, Polarity.HIGHER_IS_BETTER);
  }
}
