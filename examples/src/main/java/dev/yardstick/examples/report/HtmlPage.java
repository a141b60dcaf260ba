package dev.yardstick.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.examples.report.svg.Chart;
import dev.yardstick.examples.report.svg.Markup;
import dev.yardstick.examples.report.svg.Palette;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained HTML page: one file with its styles inline, no scripts, fonts or images from
 * anywhere, and a Content Security Policy that forbids loading any, so that it reads the same
 * offline, attached to an e-mail or archived.
 *
 * <p>The markup is well-formed XML as well as HTML5 (see {@link Markup}), written in British
 * English ({@code lang="en-GB"}), with tables that have captions and header cells with scopes, and
 * charts in figures with a caption, a text description and their data in a table.
 *
 * <pre>{@code
 * HtmlPage page = new HtmlPage("Quarterly performance report");
 * page.heading(2, "Scorecard", "scorecard");
 * page.table("Scorecard", List.of("Indicator", "Value"), rows);
 * Files.writeString(path, page.finish());
 * }</pre>
 *
 * <p>Implementation requirements: mutable and not synchronized.
 */
public final class HtmlPage {

  /** Nothing is loaded from anywhere: styles are inline, there are no scripts or images. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'";

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,"
          + "sans-serif;color:"
          + Palette.TEXT
          + ";background:"
          + Palette.BACKGROUND
          + ";"
          + "margin:0;line-height:1.45}"
          + "main,footer{max-width:1180px;margin:0 auto;padding:0 20px 24px}"
          + "header.banner{background:#1e3a8a;color:#ffffff;padding:18px 20px}"
          + "header.banner h1{margin:0 0 4px;font-size:1.6rem}"
          + "header.banner p{margin:0;color:#e0e7ff}"
          + "h2{border-bottom:2px solid #1e3a8a;padding-bottom:4px;margin-top:2.2rem}"
          + "h3{margin-top:1.6rem}"
          + "nav ul{display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;list-style:none}"
          + "a{color:#1d4ed8}"
          + "table{border-collapse:collapse;width:100%;margin:0.6rem 0 1rem;font-size:0.85rem}"
          + "caption{text-align:left;font-weight:bold;padding:4px 0}"
          + "th,td{border:1px solid #d1d5db;padding:4px 6px;text-align:left;vertical-align:top}"
          + "tbody th{font-weight:normal;min-width:12rem}"
          + "thead th{background:#f3f4f6}"
          + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
          + ".status{display:inline-block;padding:1px 6px;border-radius:3px;font-weight:bold}"
          + ".tone-red{background:"
          + Palette.RED_FILL
          + ";color:"
          + Palette.RED
          + "}"
          + ".tone-amber{background:"
          + Palette.AMBER_FILL
          + ";color:"
          + Palette.AMBER
          + "}"
          + ".tone-green{background:"
          + Palette.GREEN_FILL
          + ";color:"
          + Palette.GREEN
          + "}"
          + ".tone-neutral{background:"
          + Palette.NEUTRAL_FILL
          + ";color:"
          + Palette.TEXT
          + "}"
          + "figure{margin:1.2rem 0;padding:10px;border:1px solid #e5e7eb;border-radius:4px}"
          + "figure svg{max-width:100%;height:auto;display:block}"
          + "figcaption{font-size:0.9rem;color:"
          + Palette.MUTED_TEXT
          + ";margin-top:6px}"
          + "figcaption strong{color:"
          + Palette.TEXT
          + "}"
          + "details summary{cursor:pointer;color:#1d4ed8;margin-top:4px}"
          + ".note{font-size:0.9rem;color:"
          + Palette.MUTED_TEXT
          + "}"
          + ".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}"
          + ".card{border:1px solid #d1d5db;border-radius:4px;padding:10px}"
          + ".stars{font-size:1.6rem;color:#92400e;letter-spacing:2px}"
          + "@media print{header.banner{background:none;color:#000}nav{display:none}}";

  /** The colour and weight of a status; its words are always written as well. */
  public enum Tone {
    /** Red: off target beyond tolerance, worse, concern. */
    RED("tone-red"),
    /** Amber: off target within tolerance, similar, watch. */
    AMBER("tone-amber"),
    /** Green: on target, better, improvement. */
    GREEN("tone-green"),
    /** No colour: no target, no data, not rated. */
    NEUTRAL("tone-neutral");

    private final String cssClass;

    Tone(String cssClass) {
      this.cssClass = cssClass;
    }
  }

  /** A table cell: text, a right-aligned number, or a status in words with its tone. */
  public static final class Cell {
    private final String text;
    private final String cssClass;
    private final boolean badge;

    private Cell(String text, String cssClass, boolean badge) {
      this.text = Objects.requireNonNull(text, "text");
      this.cssClass = cssClass;
      this.badge = badge;
    }

    /**
     * Returns a cell of text.
     *
     * @param text the text, escaped when written
     * @return the cell
     */
    public static Cell text(String text) {
      return new Cell(text, "", false);
    }

    /**
     * Returns a cell holding a figure, aligned right.
     *
     * @param text the figure as written
     * @return the cell
     */
    public static Cell number(String text) {
      return new Cell(text, "num", false);
    }

    /**
     * Returns a cell holding a status: its words, shown on the tone's colour.
     *
     * @param words the status in words, such as "Red: off target"
     * @param tone its colour
     * @return the cell
     */
    public static Cell status(String words, Tone tone) {
      return new Cell(words, "status " + Objects.requireNonNull(tone, "tone").cssClass, true);
    }
  }

  private final Markup m = new Markup();
  private boolean finished;

  /**
   * Starts a page.
   *
   * @param title the page title, also its top heading
   * @param subtitle a line under the title, such as the council and quarter
   */
  public HtmlPage(String title, String subtitle) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    m.doctype();
    m.open("html", "lang", "en-GB", "xmlns", "http://www.w3.org/1999/xhtml");
    m.open("head");
    m.empty("meta", "charset", "utf-8");
    m.empty("meta", "http-equiv", "Content-Security-Policy", "content", CONTENT_SECURITY_POLICY);
    m.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    m.element("title", title + " \u2013 " + subtitle);
    m.element("style", CSS);
    m.close();
    m.open("body");
    m.open("header", "class", "banner");
    m.element("h1", title);
    m.element("p", subtitle);
    m.close();
    m.open("main");
  }

  /**
   * Returns the page's markup, for content the helpers do not cover.
   *
   * @return the markup, positioned inside {@code main}
   */
  public Markup markup() {
    checkState(!finished, "the page is finished");
    return m;
  }

  /**
   * Writes a heading.
   *
   * @param level 2 or 3
   * @param text the heading
   * @param id the anchor for links to it
   * @return this page
   * @throws IllegalArgumentException if the level is not 2 or 3
   */
  public HtmlPage heading(int level, String text, String id) {
    checkArgument(level == 2 || level == 3, "heading level %s is not 2 or 3", level);
    markup().element("h" + level, text, "id", id);
    return this;
  }

  /**
   * Writes a paragraph.
   *
   * @param text the text
   * @param cssClass a class, such as {@code note}, or empty
   * @return this page
   */
  public HtmlPage paragraph(String text, String cssClass) {
    if (cssClass.isEmpty()) {
      markup().element("p", text);
    } else {
      markup().element("p", text, "class", cssClass);
    }
    return this;
  }

  /**
   * Writes a table with a caption, a header row and rows whose first cell heads the row.
   *
   * @param caption the caption
   * @param columns the column headings
   * @param rows the rows, each as wide as the headings
   * @return this page
   * @throws IllegalArgumentException if a row is not as wide as the headings
   */
  public HtmlPage table(String caption, List<String> columns, List<List<Cell>> rows) {
    Markup t = markup();
    t.open("table");
    t.element("caption", caption);
    t.open("thead").open("tr");
    for (String c : columns) {
      t.element("th", c, "scope", "col");
    }
    t.close().close();
    t.open("tbody");
    for (List<Cell> row : rows) {
      checkArgument(
          row.size() == columns.size(),
          "table '%s' has %s columns but a row of %s cells",
          caption,
          columns.size(),
          row.size());
      t.open("tr");
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        String tag = i == 0 ? "th" : "td";
        String[] attributes =
            i == 0
                ? new String[] {"scope", "row"}
                : cell.badge || cell.cssClass.isEmpty()
                    ? new String[0]
                    : new String[] {"class", cell.cssClass};
        t.open(tag, attributes);
        if (cell.badge) {
          t.element("span", cell.text, "class", cell.cssClass);
        } else {
          t.text(cell.text);
        }
        t.close();
      }
      t.close();
    }
    t.close();
    t.close();
    return this;
  }

  /**
   * Writes a chart as a figure: the SVG, a caption with its title and description, and its data
   * table behind a disclosure.
   *
   * @param chart the chart
   * @return this page
   */
  public HtmlPage figure(Chart chart) {
    Objects.requireNonNull(chart, "chart");
    Markup f = markup();
    f.open("figure", "id", "figure-" + chart.getId());
    chart.writeTo(f);
    f.open("figcaption");
    f.element("strong", chart.getTitle());
    f.text(". " + chart.getDescription());
    f.close();
    f.open("details");
    f.element("summary", "Data table: " + chart.getTitle());
    f.open("table");
    f.element("caption", chart.getTitle());
    f.open("thead").open("tr");
    for (String c : chart.getColumns()) {
      f.element("th", c, "scope", "col");
    }
    f.close().close();
    f.open("tbody");
    for (List<String> row : chart.getRows()) {
      f.open("tr");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          f.element("th", row.get(i), "scope", "row");
        } else {
          f.element("td", row.get(i));
        }
      }
      f.close();
    }
    f.close().close();
    f.close();
    f.close();
    return this;
  }

  /**
   * Closes the page and returns its markup.
   *
   * @param footer a line at the foot of the page, such as how the report was made
   * @return the complete page
   * @throws IllegalStateException if the page is already finished, or content left an element open
   */
  public String finish(String footer) {
    checkState(!finished, "the page is finished");
    m.close();
    m.open("footer", "class", "note");
    m.element("p", footer);
    m.close();
    m.close();
    m.close();
    finished = true;
    return m.toString();
  }
}
