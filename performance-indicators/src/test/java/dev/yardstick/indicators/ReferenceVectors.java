package dev.yardstick.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads the published test vectors in the read-only {@code shared/reference/vectors} folder beside
 * the repository, found by walking up from the working directory. Where the folder is absent the
 * calling test is skipped through a JUnit assumption that says so.
 */
public final class ReferenceVectors {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReferenceVectors() {}

  /**
   * Returns the parsed vector file, or aborts the test with an assumption if it is not there.
   *
   * @param name the file name, such as {@code ci_wilson_proportion.json}
   * @return the JSON tree
   */
  public static JsonNode load(String name) {
    Path dir = null;
    for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("reference").resolve("vectors");
      if (Files.isDirectory(candidate)) {
        dir = candidate;
        break;
      }
    }
    Assumptions.assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve(name)),
        "published vectors folder shared/reference/vectors with "
            + name
            + " not found above "
            + System.getProperty("user.dir"));
    try {
      return MAPPER.readTree(dir.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the case with an id.
   *
   * @param file the vector file's tree
   * @param id the case id
   * @return the case
   */
  public static JsonNode caseWithId(JsonNode file, String id) {
    for (JsonNode c : file.get("cases")) {
      if (c.has("id") && c.get("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("no case " + id);
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
}
