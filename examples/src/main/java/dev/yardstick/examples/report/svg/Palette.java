package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The colours of the report and the WCAG 2.2 contrast ratio that chooses them.
 *
 * <p>Text colours have a contrast of at least 4.5:1 against white (WCAG success criterion 1.4.3);
 * marks that carry meaning (the council's bar, special-cause points, limit lines) at least 3:1
 * (criterion 1.4.11). Fills behind text are light, so dark text on them passes 4.5:1. Colour never
 * carries meaning alone: every status is also written in words, and points of concern and
 * improvement differ in shape as well. {@code PaletteTest} checks the ratios.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Palette {

  /** The page and chart background. */
  public static final String BACKGROUND = "#ffffff";

  /** Body text. */
  public static final String TEXT = "#1f2933";

  /** Secondary text: axis labels, notes. */
  public static final String MUTED_TEXT = "#4b5563";

  /** Axis lines and the median. */
  public static final String AXIS = "#374151";

  /** Grid lines (decorative). */
  public static final String GRID = "#e5e7eb";

  /** The council the report is about: its bar, line and point. */
  public static final String FOCUS = "#1d4ed8";

  /** Other councils. */
  public static final String OTHER = "#6b7280";

  /** The interquartile band of the comparator group (a fill, edged by lines). */
  public static final String BAND_FILL = "#dbeafe";

  /** Special cause of improvement, and "better" in a funnel plot. */
  public static final String IMPROVEMENT = "#1d4ed8";

  /** Special cause of concern, and "worse" in a funnel plot. */
  public static final String CONCERN = "#b45309";

  /** Special cause with no better direction. */
  public static final String NEUTRAL = "#6d28d9";

  /** Common-cause variation. */
  public static final String COMMON = "#4b5563";

  /** A target line. */
  public static final String TARGET = "#b91c1c";

  /** Red status text and marks. */
  public static final String RED = "#b91c1c";

  /** Amber status text and marks. */
  public static final String AMBER = "#92400e";

  /** Green status text and marks. */
  public static final String GREEN = "#166534";

  /** Red status background, behind {@link #TEXT}. */
  public static final String RED_FILL = "#fee2e2";

  /** Amber status background, behind {@link #TEXT}. */
  public static final String AMBER_FILL = "#fef3c7";

  /** Green status background, behind {@link #TEXT}. */
  public static final String GREEN_FILL = "#dcfce7";

  /** Background of a status that is not a colour (no target, no data). */
  public static final String NEUTRAL_FILL = "#f3f4f6";

  /** The fill of the highest rating band of a risk matrix, behind {@link #TEXT}. */
  public static final String SEVERE_FILL = "#fca5a5";

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

  private Palette() {}

  /**
   * Returns the fill of a rating band of a risk matrix by its place among the bands: green, amber,
   * red and a deeper red for a fourth band and above.
   *
   * @param index the band's place, 0 for the lowest
   * @param count the number of bands, positive
   * @return the fill colour, light enough for {@link #TEXT} on it
   * @throws IllegalArgumentException if the index is outside 0 to {@code count - 1}
   */
  public static String bandFill(int index, int count) {
    checkArgument(index >= 0 && index < count, "band %s is not one of %s bands", index, count);
    String[] fills = {GREEN_FILL, AMBER_FILL, RED_FILL, SEVERE_FILL};
    if (count <= 1) {
      return GREEN_FILL;
    }
    int scaled = (int) Math.round(index * (Math.min(count, fills.length) - 1.0) / (count - 1));
    return fills[scaled];
  }

  /**
   * Returns the WCAG 2.2 contrast ratio of two colours, {@code (L1 + 0.05) / (L2 + 0.05)} with the
   * relative luminance of the lighter colour on top.
   *
   * @param foreground a colour {@code #rrggbb}
   * @param background a colour {@code #rrggbb}
   * @return the ratio, 1 to 21
   * @throws IllegalArgumentException if a colour is not {@code #rrggbb}
   */
  public static double contrast(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /**
   * Returns the relative luminance of a colour as WCAG 2.2 defines it, from sRGB.
   *
   * @param colour a colour {@code #rrggbb}
   * @return the luminance, 0 for black to 1 for white
   * @throws IllegalArgumentException if the colour is not {@code #rrggbb}
   */
  public static double luminance(String colour) {
    Objects.requireNonNull(colour, "colour");
    checkArgument(HEX.matcher(colour).matches(), "colour '%s' is not #rrggbb", colour);
    String hex = colour.substring(1).toLowerCase(Locale.ROOT);
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
      rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
}
