package dev.yardstick.examples.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 contrast: 4.5:1 for text (1.4.3), 3:1 for graphical objects that carry meaning (1.4.11).
 */
class PaletteTest {

  @Test
  void contrast_matchesWcagReferenceValues() {
    assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, Palette.contrast("#777777", "#777777"), 1e-9);
    // WebAIM's contrast checker gives 4.48:1 for #777777 on white.
    assertEquals(4.48, Palette.contrast("#777777", "#ffffff"), 0.005);
  }

  @Test
  void textColours_meetAaOnWhite() {
    for (String c :
        List.of(
            Palette.TEXT,
            Palette.MUTED_TEXT,
            Palette.FOCUS,
            Palette.RED,
            Palette.AMBER,
            Palette.GREEN,
            Palette.CONCERN,
            Palette.IMPROVEMENT,
            Palette.NEUTRAL)) {
      assertTrue(Palette.contrast(c, Palette.BACKGROUND) >= 4.5, c);
    }
  }

  @Test
  void statusText_meetsAaOnItsOwnFill() {
    assertTrue(Palette.contrast(Palette.RED, Palette.RED_FILL) >= 4.5);
    assertTrue(Palette.contrast(Palette.AMBER, Palette.AMBER_FILL) >= 4.5);
    assertTrue(Palette.contrast(Palette.GREEN, Palette.GREEN_FILL) >= 4.5);
    for (String fill :
        List.of(
            Palette.RED_FILL,
            Palette.AMBER_FILL,
            Palette.GREEN_FILL,
            Palette.NEUTRAL_FILL,
            Palette.SEVERE_FILL,
            Palette.BAND_FILL)) {
      assertTrue(Palette.contrast(Palette.TEXT, fill) >= 4.5, fill);
      assertTrue(
          Palette.contrast(Palette.MUTED_TEXT, fill) >= 4.5 || fill.equals(Palette.SEVERE_FILL),
          fill);
    }
  }

  @Test
  void marks_meetGraphicalContrastOnWhite() {
    for (String c : List.of(Palette.OTHER, Palette.COMMON, Palette.AXIS, Palette.TARGET)) {
      assertTrue(Palette.contrast(c, Palette.BACKGROUND) >= 3.0, c);
    }
  }

  @Test
  void bandFill_spreadsBandsFromGreenToRed() {
    assertEquals(Palette.GREEN_FILL, Palette.bandFill(0, 4));
    assertEquals(Palette.SEVERE_FILL, Palette.bandFill(3, 4));
    assertEquals(Palette.RED_FILL, Palette.bandFill(2, 3));
    assertThrows(IllegalArgumentException.class, () -> Palette.bandFill(4, 4));
  }

  @Test
  void luminance_rejectsOtherForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Palette.luminance("red"));
    assertTrue(e.getMessage().contains("'red'"));
  }
}
