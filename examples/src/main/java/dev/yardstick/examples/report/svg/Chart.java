package dev.yardstick.examples.report.svg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart drawn as SVG, with what a reader needs who cannot see it: a title, a text description and
 * the data as a table.
 *
 * <p>The SVG is an {@code img} to assistive technology, labelled by its {@code title} and {@code
 * desc} elements; the table carries every value the chart draws, for a screen reader and for anyone
 * who wants the figures.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Chart {

  private final String id;
  private final String title;
  private final String description;
  private final String svg;
  private final List<String> columns;
  private final List<List<String>> rows;

  Chart(
      String id,
      String title,
      String description,
      Markup svg,
      List<String> columns,
      List<List<String>> rows) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.description = Objects.requireNonNull(description, "description");
    this.svg = svg.toString();
    this.columns = List.copyOf(columns);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  /**
   * Returns the identifier of the chart, unique in its page.
   *
   * @return the identifier, such as {@code trend-c32}
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the title.
   *
   * @return the title, as shown above the chart
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the text description: what the chart shows and what it says.
   *
   * @return the description
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the SVG markup: a complete {@code svg} element.
   *
   * @return the markup
   */
  public String getSvg() {
    return svg;
  }

  /**
   * Returns the headings of the data table.
   *
   * @return the column headings
   */
  public List<String> getColumns() {
    return columns;
  }

  /**
   * Returns the rows of the data table, each as wide as {@link #getColumns()}.
   *
   * @return the rows
   */
  public List<List<String>> getRows() {
    return rows;
  }

  /**
   * Writes the SVG element into a page.
   *
   * @param page the page's markup, with an element open
   * @return the page's markup
   */
  public Markup writeTo(Markup page) {
    return page.raw(svg);
  }

  @Override
  public String toString() {
    return "Chart[" + id + ": " + title + "]";
  }
}
