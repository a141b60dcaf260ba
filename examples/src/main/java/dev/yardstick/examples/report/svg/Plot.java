package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The drawing primitives the charts share: the SVG root with its title and description, the plot
 * area, axes and grid, lines, markers and a legend. Coordinates are in SVG user units (pixels at
 * 100%); data values go through the two scales.
 *
 * <p>Implementation requirements: mutable (it writes to one {@link Markup}); not synchronized.
 */
final class Plot {

  /** The SVG namespace. */
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

  /** Marker shapes, so that a status never rests on colour alone. */
  enum Shape {
    CIRCLE,
    SQUARE,
    TRIANGLE_UP,
    TRIANGLE_DOWN,
    DIAMOND
  }

  final Markup m;
  final double left;
  final double top;
  final double right;
  final double bottom;
  Scale x;
  Scale y;

  private Plot(Markup m, double left, double top, double right, double bottom) {
    this.m = m;
    this.left = left;
    this.top = top;
    this.right = right;
    this.bottom = bottom;
  }

  /**
   * Opens the SVG root, writes its title and description and a white background, and returns a plot
   * whose area is inset by the margins.
   */
  static Plot begin(
      String id,
      String title,
      String description,
      int width,
      int height,
      double marginLeft,
      double marginTop,
      double marginRight,
      double marginBottom) {
    checkArgument(
        ID.matcher(id).matches(), "chart id '%s' is not lower-case letters, digits, -", id);
    Markup m = new Markup();
    m.open(
        "svg",
        "xmlns",
        SVG_NS,
        "viewBox",
        "0 0 " + width + " " + height,
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "role",
        "img",
        "aria-labelledby",
        id + "-title " + id + "-desc",
        "font-family",
        FONT,
        "font-size",
        "12",
        "class",
        "chart",
        "id",
        id);
    m.element("title", title, "id", id + "-title");
    m.element("desc", description, "id", id + "-desc");
    m.empty(
        "rect",
        "x",
        "0",
        "y",
        "0",
        "width",
        Integer.toString(width),
        "height",
        Integer.toString(height),
        "fill",
        Palette.BACKGROUND);
    return new Plot(m, marginLeft, marginTop, width - marginRight, height - marginBottom);
  }

  /** Closes the SVG root. */
  Markup end() {
    m.close();
    return m;
  }

  double px(double value) {
    return x.map(value);
  }

  double py(double value) {
    return y.map(value);
  }

  /** Horizontal grid lines with value labels on the left, and the unit above them. */
  void gridY(ValueFormat format, boolean unitLabel) {
    for (double t : y.ticks()) {
      double yy = py(t);
      line(left, yy, right, yy, Palette.GRID, 1, null);
      text(left - 6, yy + 4, format.tick(t, y.step()), "end", Palette.MUTED_TEXT, 11, false);
    }
    if (unitLabel && !format.unitLabel().isEmpty()) {
      text(left - 6, top - 10, format.unitLabel(), "end", Palette.MUTED_TEXT, 11, false);
    }
  }

  /** Vertical grid lines with value labels below, and the unit after them. */
  void gridX(ValueFormat format, boolean unitLabel) {
    for (double t : x.ticks()) {
      double xx = px(t);
      line(xx, top, xx, bottom, Palette.GRID, 1, null);
      text(xx, bottom + 16, format.tick(t, x.step()), "middle", Palette.MUTED_TEXT, 11, false);
    }
    if (unitLabel && !format.unitLabel().isEmpty()) {
      text(right, bottom + 32, format.unitLabel(), "end", Palette.MUTED_TEXT, 11, false);
    }
  }

  /** Labels of categories 0, 1, ... under the x axis, every {@code every}-th one. */
  void categoriesX(List<String> labels, int every) {
    for (int i = 0; i < labels.size(); i++) {
      if (i % every == 0) {
        text(px(i), bottom + 16, labels.get(i), "middle", Palette.MUTED_TEXT, 11, false);
      }
    }
  }

  /** The left and bottom axis lines. */
  void frame() {
    line(left, top, left, bottom, Palette.AXIS, 1, null);
    line(left, bottom, right, bottom, Palette.AXIS, 1, null);
  }

  /** Axis titles: the x title under the axis, the y title above the plot area, left-aligned. */
  void axisTitles(String xTitle, String yTitle) {
    if (!xTitle.isEmpty()) {
      text((left + right) / 2, bottom + 36, xTitle, "middle", Palette.TEXT, 12, false);
    }
    if (!yTitle.isEmpty()) {
      text(left, top - 10, yTitle, "start", Palette.TEXT, 12, false);
    }
  }

  void line(
      double x1,
      double y1,
      double x2,
      double y2,
      String colour,
      double width,
      @Nullable String dash) {
    String[] attributes = {
      "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "stroke", colour, "stroke-width", n(width)
    };
    m.empty("line", dash == null ? attributes : plus(attributes, "stroke-dasharray", dash));
  }

  /** A polyline through data points; a point whose y is NaN breaks the line. */
  void polyline(double[] xs, double[] ys, String colour, double width, @Nullable String dash) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i <= xs.length; i++) {
      boolean gap = i == xs.length || Double.isNaN(ys[i]);
      if (gap) {
        if (points.indexOf(" ") > 0) {
          String[] attributes = {
            "points", points.toString(), "fill", "none", "stroke", colour, "stroke-width", n(width)
          };
          m.empty(
              "polyline",
              dash == null
                  ? plus(attributes, "stroke-linejoin", "round")
                  : plus(attributes, "stroke-dasharray", dash));
        }
        points.setLength(0);
        continue;
      }
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(n(px(xs[i]))).append(',').append(n(py(ys[i])));
    }
  }

  /** A filled band between two data lines (lower forwards, upper backwards). */
  void band(double[] xs, double[] lower, double[] upper, String fill) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      points.append(n(px(xs[i]))).append(',').append(n(py(lower[i]))).append(' ');
    }
    for (int i = xs.length - 1; i >= 0; i--) {
      points.append(n(px(xs[i]))).append(',').append(n(py(upper[i])));
      if (i > 0) {
        points.append(' ');
      }
    }
    m.empty("polygon", "points", points.toString(), "fill", fill, "stroke", "none");
  }

  /** A marker with a tooltip naming what it shows. */
  void marker(
      Shape shape, double cx, double cy, double r, String fill, String stroke, String tooltip) {
    String element;
    String[] geometry;
    switch (shape) {
      case CIRCLE:
        element = "circle";
        geometry = new String[] {"cx", n(cx), "cy", n(cy), "r", n(r)};
        break;
      case SQUARE:
        element = "rect";
        geometry =
            new String[] {"x", n(cx - r), "y", n(cy - r), "width", n(2 * r), "height", n(2 * r)};
        break;
      case TRIANGLE_UP:
        element = "polygon";
        geometry =
            new String[] {
              "points", points(cx, cy - 1.3 * r, cx + 1.2 * r, cy + r, cx - 1.2 * r, cy + r)
            };
        break;
      case TRIANGLE_DOWN:
        element = "polygon";
        geometry =
            new String[] {
              "points", points(cx, cy + 1.3 * r, cx + 1.2 * r, cy - r, cx - 1.2 * r, cy - r)
            };
        break;
      case DIAMOND:
        element = "polygon";
        geometry =
            new String[] {
              "points",
              points(cx, cy - 1.3 * r, cx + 1.3 * r, cy, cx, cy + 1.3 * r, cx - 1.3 * r, cy)
            };
        break;
      default:
        throw new AssertionError(shape);
    }
    m.open(element, plus(geometry, "fill", fill, "stroke", stroke, "stroke-width", "1.5"));
    m.element("title", tooltip);
    m.close();
  }

  void text(
      double tx, double ty, String text, String anchor, String colour, int size, boolean bold) {
    String[] attributes = {
      "x",
      n(tx),
      "y",
      n(ty),
      "text-anchor",
      anchor,
      "fill",
      colour,
      "font-size",
      Integer.toString(size)
    };
    m.element("text", text, bold ? plus(attributes, "font-weight", "bold") : attributes);
  }

  /** One entry of a legend. */
  static final class Key {
    final String label;
    final String colour;
    final @Nullable String dash;
    final @Nullable Shape shape;
    final boolean fill;

    private Key(
        String label, String colour, @Nullable String dash, @Nullable Shape shape, boolean fill) {
      this.label = label;
      this.colour = colour;
      this.dash = dash;
      this.shape = shape;
      this.fill = fill;
    }

    static Key line(String label, String colour, @Nullable String dash) {
      return new Key(label, colour, dash, null, false);
    }

    static Key marker(String label, Shape shape, String colour) {
      return new Key(label, colour, null, shape, false);
    }

    static Key area(String label, String colour) {
      return new Key(label, colour, null, null, true);
    }
  }

  /** A legend in one or more rows from the top-left corner of the chart. */
  void legend(double startX, double startY, double maxX, List<Key> keys) {
    double kx = startX;
    double ky = startY;
    m.open("g", "class", "legend");
    for (Key k : keys) {
      double w = 26 + k.label.length() * 6.4 + 14;
      if (kx + w > maxX && kx > startX) {
        kx = startX;
        ky += 18;
      }
      if (k.shape != null) {
        marker(k.shape, kx + 9, ky - 4, 4.5, k.colour, k.colour, k.label);
      } else if (k.fill) {
        m.empty(
            "rect",
            "x",
            n(kx),
            "y",
            n(ky - 10),
            "width",
            "18",
            "height",
            "11",
            "fill",
            k.colour,
            "stroke",
            Palette.FOCUS,
            "stroke-width",
            "0.5");
      } else {
        line(kx, ky - 4, kx + 18, ky - 4, k.colour, 2, k.dash);
      }
      text(kx + 24, ky, k.label, "start", Palette.TEXT, 11, false);
      kx += w;
    }
    m.close();
  }

  /**
   * Returns attribute names and values in turn with more pairs at the end: the paint of a marker
   * after its geometry, or an attribute that only some elements of a kind carry (a dash pattern,
   * bold type).
   */
  private static String[] plus(String[] attributes, String... more) {
    String[] all = Arrays.copyOf(attributes, attributes.length + more.length);
    System.arraycopy(more, 0, all, attributes.length, more.length);
    return all;
  }

  /** The points of a polygon, {@code x,y x,y ...}, from coordinates in SVG user units. */
  private static String points(double... xy) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        points.append(' ');
      }
      points.append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    return points.toString();
  }

  /** A number for a coordinate: one decimal place at most, no exponent. */
  static String n(double v) {
    double r = Math.round(v * 10) / 10.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.1f", r);
  }
}
