package dev.yardstick.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's Chromium headless on a local file, with the flags that work on a machine with no
 * network (no background networking, component updates or sync) and a new, empty profile each time.
 */
final class Chromium {

  /** What one run printed. */
  static final class Run {
    final int exitCode;
    final String stdout;
    final String stderr;
    final long millis;

    Run(int exitCode, String stdout, String stderr, long millis) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
      this.millis = millis;
    }
  }

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** Finds Chromium: {@code $CHROMIUM}, then {@code /usr/bin/chromium}, then the PATH. */
  static Optional<Chromium> find() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "chromium"));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(Chromium::new);
  }

  Path executable() {
    return executable;
  }

  /** Prints the DOM after the page has loaded, with console messages on stderr. */
  Run dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** Saves a screenshot of the page as PNG. */
  Run screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(
        List.of(
            "--screenshot=" + png,
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            page.toUri().toString()));
  }

  private Run run(List<String> arguments) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("yardstick-chromium-");
    Path out = Files.createTempFile("chromium-out", ".txt");
    Path err = Files.createTempFile("chromium-err", ".txt");
    try {
      List<String> command = new ArrayList<>();
      command.add(executable.toString());
      command.add("--headless");
      command.add("--no-sandbox");
      command.add("--disable-gpu");
      command.add("--disable-quic");
      command.add("--no-first-run");
      command.add("--disable-background-networking");
      command.add("--disable-component-update");
      command.add("--disable-sync");
      command.add("--disable-dev-shm-usage");
      command.add("--enable-logging=stderr");
      command.add("--v=0");
      command.add("--user-data-dir=" + profile);
      command.addAll(arguments);
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("Chromium did not finish in 120 seconds: " + arguments);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8),
          millis);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      delete(profile);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
