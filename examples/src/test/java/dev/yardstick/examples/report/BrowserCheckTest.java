package dev.yardstick.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.examples.report.svg.Palette;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the report in a real browser, Debian's Chromium run headless, and checks what it shows:
 * the DOM after loading has the six charts and the tables, nothing was blocked or failed to load,
 * and the screenshot has the banner and the charts' colours in it.
 *
 * <p>{@code .ci/run} installs Chromium, so in CI (environment variable {@code CI=true}) a missing
 * Chromium fails this test. Outside CI, on a machine without Chromium, the test is skipped through
 * a JUnit assumption that says so; install it with {@code apt-get install chromium} or point {@code
 * CHROMIUM} at a Chromium or Chrome binary.
 */
class BrowserCheckTest {

  @TempDir static Path folder;

  private static Chromium chromium;
  private static Path report;

  @BeforeAll
  static void findChromiumAndWriteReport() throws IOException {
    Optional<Chromium> found = Chromium.find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "CI=true but Chromium is not installed: .ci/run installs it (apt-get install"
                + " chromium); the browser check must run in CI");
      }
      Assumptions.assumeTrue(
          false,
          "Chromium is not installed here (not CI): the browser check"
              + " is skipped; apt-get install chromium, or set CHROMIUM, to run it");
    }
    chromium = found.get();
    long start = System.nanoTime();
    report =
        QuarterlyReport.write(
            ExampleDataset.build(ExampleDataset.DEFAULT_SEED), folder, step -> {});
    System.out.printf(
        Locale.UK,
        "BrowserCheckTest: report built in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void dumpedDom_hasTheChartsAndTablesAndNothingFailedToLoad() throws Exception {
    Chromium.Run run = chromium.dumpDom(report);
    System.out.printf(Locale.UK, "BrowserCheckTest: DOM dumped in %d ms%n", run.millis);
    assertEquals(0, run.exitCode, run.stderr);
    String dom = run.stdout;
    String source = Files.readString(report);
    assertTrue(dom.contains("<h1>Quarterly performance report</h1>"), "the page was rendered");
    assertEquals(6, count(dom, "<svg[ >]"), "six charts");
    assertEquals(count(source, "<svg[ >]"), count(dom, "<svg[ >]"));
    assertEquals(
        count(source, "<table[ >]"),
        count(dom, "<table[ >]"),
        "the browser's parser built the same tables as the XML parser");
    assertEquals(count(source, "<tr[ >]"), count(dom, "<tr[ >]"));
    assertEquals(
        count(source, "<(circle|rect|polygon|polyline|line)[ >/]"),
        count(dom, "<(circle|rect|polygon|polyline|line)[ >/]"),
        "every mark was drawn");
    for (String id :
        List.of(
            "chart-bars",
            "chart-trend",
            "chart-xmr",
            "chart-funnel",
            "chart-scatter",
            "chart-heat")) {
      assertTrue(dom.contains("id=\"" + id + "\""), id);
    }
    assertTrue(
        dom.contains("Scorecard by domain")
            && dom.contains("Exception list")
            && dom.contains("Domain profile")
            && dom.contains("Suggested star rating"));
    List<String> problems =
        run.stderr
            .lines()
            .filter(
                l ->
                    l.contains("Refused to")
                        || l.contains("Failed to load")
                        || l.contains("net::ERR_")
                        || l.contains("Uncaught")
                        || l.contains("Content Security Policy"))
            .collect(Collectors.toList());
    assertTrue(problems.isEmpty(), "the browser reported: " + problems);
  }

  @Test
  void screenshot_showsTheBannerAndTheCharts() throws Exception {
    Path png = folder.resolve("report.png");
    Chromium.Run run = chromium.screenshot(report, png, 1240, 9000);
    System.out.printf(Locale.UK, "BrowserCheckTest: screenshot taken in %d ms%n", run.millis);
    assertEquals(0, run.exitCode, run.stderr);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1240, image.getWidth());
    assertEquals(9000, image.getHeight());
    assertEquals(0x1e3a8a, image.getRGB(5, 5) & 0xffffff, "the banner's colour at the top left");
    int focus = Integer.parseInt(Palette.FOCUS.substring(1), 16);
    int concern = Integer.parseInt(Palette.CONCERN.substring(1), 16);
    int focusPixels = 0;
    int concernPixels = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb == focus) {
          focusPixels++;
        } else if (rgb == concern) {
          concernPixels++;
        }
      }
    }
    assertTrue(focusPixels > 500, "the council's marks are drawn: " + focusPixels);
    assertTrue(concernPixels > 20, "points of concern are drawn: " + concernPixels);
    assertFalse(Files.size(png) < 100_000, "a page of charts and tables");
  }
}
