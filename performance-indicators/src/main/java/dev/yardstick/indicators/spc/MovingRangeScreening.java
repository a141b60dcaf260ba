package dev.yardstick.indicators.spc;

/**
 * Whether unusually large moving ranges are left out of the average moving range of an XmR chart.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MovingRangeScreening {
  /**
   * Keep only moving ranges strictly below 3.267 times the average moving range, then average
   * again (Nelson 1982; Provost and Murray 2011). The default of NHSRplotthedots ({@code
   * screen_outliers = TRUE}), and of this library.
   */
  SCREENED,
  /**
   * Average every moving range, as NHS England's "Making Data Count" Excel tool and Wheeler do
   * (NHSRplotthedots {@code screen_outliers = FALSE}).
   */
  UNSCREENED
}
