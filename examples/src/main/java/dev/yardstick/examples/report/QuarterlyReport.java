package dev.yardstick.examples.report;

import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.examples.report.svg.Chart;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds the quarterly performance report of one council from Yardstick's example data and writes
 * it as one self-contained HTML file, with the scorecard and the exception list as CSV beside it.
 * README's first command runs this program:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java
 * }</pre>
 *
 * <p>The one optional argument is the folder to write to ({@code target/yardstick-report} by
 * default, relative to the working directory). A progress line shows the steps; the last line names
 * the report.
 *
 * <p>Implementation requirements: a program; {@link #write} is thread-safe.
 */
public final class QuarterlyReport {

  /** The report's file name. */
  public static final String HTML = "quarterly-report.html";

  /** The scorecard's CSV file name. */
  public static final String SCORECARD_CSV = "scorecard.csv";

  /** The exception list's CSV file name. */
  public static final String EXCEPTIONS_CSV = "exceptions.csv";

  private QuarterlyReport() {}

  /**
   * Builds and writes the report.
   *
   * @param args optionally, the folder to write to
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/yardstick-report");
    PrintStream out = System.out;
    boolean console = System.console() != null;
    long start = System.nanoTime();
    Path report =
        write(
            ExampleDataset.build(ExampleDataset.DEFAULT_SEED),
            folder,
            step -> {
              String line = String.format(Locale.UK, "Building the quarterly report: %-44s", step);
              if (console) {
                out.print("\r" + line);
              } else {
                out.println(line.strip());
              }
              out.flush();
            });
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (console) {
      out.println();
    }
    out.printf(
        Locale.UK,
        "Report written in %.1f s: %s%n",
        millis / 1000.0,
        report.toAbsolutePath().normalize());
    out.println(
        "Scorecard and exception list as CSV: "
            + folder.resolve(SCORECARD_CSV).toAbsolutePath().normalize()
            + ", "
            + EXCEPTIONS_CSV);
  }

  /**
   * Computes the report's figures from the data and writes the HTML page and the two CSV files.
   *
   * @param data the example data (built by {@link ExampleDataset#build})
   * @param folder the folder to write to, created if absent
   * @param progress told the name of each step as it starts
   * @return the path of the HTML report
   * @throws IOException if a file cannot be written
   */
  public static Path write(ExampleDataset data, Path folder, Consumer<String> progress)
      throws IOException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(progress, "progress");
    progress.accept("[1/4] scorecard, exceptions, profile, rating");
    ReportFigures figures = ReportFigures.compute(data);
    progress.accept("[2/4] charts");
    List<Chart> charts = ReportPage.charts(figures);
    progress.accept("[3/4] page");
    String html = ReportPage.render(figures, charts);
    progress.accept("[4/4] files");
    Files.createDirectories(folder);
    Path report = folder.resolve(HTML);
    Files.writeString(report, html, StandardCharsets.UTF_8);
    try (Writer w =
        Files.newBufferedWriter(folder.resolve(SCORECARD_CSV), StandardCharsets.UTF_8)) {
      ReportCsv.scorecard(figures, w);
    }
    try (Writer w =
        Files.newBufferedWriter(folder.resolve(EXCEPTIONS_CSV), StandardCharsets.UTF_8)) {
      ReportCsv.exceptions(figures, w);
    }
    progress.accept("done");
    return report;
  }
}
