package dev.yardstick.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Reads the published test vectors of {@code shared/reference/vectors/}, found by walking up from
 * the working directory to a folder with a sibling {@code shared}. Where the folder is absent the
 * calling test is skipped through a JUnit assumption that says so.
 */
@SuppressWarnings("exports") // Jackson is on the test path only; the package is now exported
public final class ReferenceVectors {

  private ReferenceVectors() {}

  /** Returns the parsed vector file, or skips the test when the shared folder is absent. */
  public static JsonNode load(String fileName) {
    Optional<Path> file = locate(fileName);
    assumeTrue(
        file.isPresent(),
        "shared/reference/vectors/" + fileName + " not found above " + System.getProperty("user.dir")
            + ": reference vectors are not available in this checkout");
    try {
      return new ObjectMapper().readTree(Files.readAllBytes(file.get()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a case of the file by its id. */
  public static JsonNode caseById(JsonNode file, String id) {
    for (JsonNode c : file.get("cases")) {
      if (id.equals(c.path("id").asText())) {
        return c;
      }
    }
    throw new AssertionError("no case " + id);
  }

  /** Returns a JSON array of numbers as doubles; {@code null} entries become NaN. */
  public static double[] doubles(JsonNode array) {
    double[] d = new double[array.size()];
    for (int i = 0; i < d.length; i++) {
      JsonNode n = array.get(i);
      d[i] = n.isNull() ? Double.NaN : n.asDouble();
    }
    return d;
  }

  /** Returns a JSON array of integers. */
  public static int[] ints(JsonNode array) {
    int[] d = new int[array.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = array.get(i).asInt();
    }
    return d;
  }

  /**
   * Asserts relative closeness.
   *
   * @param expected the published value
   * @param actual the computed value
   * @param relative the relative tolerance
   * @param what a description for the failure message
   */
  public static void assertClose(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, Math.max(Math.abs(expected) * relative, 1e-300), what);
  }

  private static Optional<Path> locate(String fileName) {
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolveSibling("shared").resolve("reference/vectors").resolve(fileName);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
