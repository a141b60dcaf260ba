package dev.yardstick.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.core.status.RagStatus;
import dev.yardstick.examples.data.ExampleDataset;
import dev.yardstick.indicators.variance.VarianceResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JudgeAgainstTargetTest {

  @Test
  void judge_isRedBeyondTolerance() {
    VarianceResult verdict =
        JudgeAgainstTarget.judge(ExampleDataset.build(ExampleDataset.DEFAULT_SEED));
    assertEquals(RagStatus.RED, verdict.getStatus());
    assertTrue(
        verdict
            .explain()
            .startsWith("Red: 78.3% against a target of at least 88% with a 3-point tolerance"),
        verdict.explain());
  }

  /** README's code example is the body of judge(), line for line. */
  @Test
  void readme_codeExample_isTakenFromThisClass() throws IOException {
    Path root = Path.of(System.getProperty("user.dir"));
    while (!Files.exists(root.resolve("README.md"))
        || !Files.isDirectory(root.resolve("examples"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String source =
        Files.readString(
            root.resolve("examples/src/main/java/dev/yardstick/examples/JudgeAgainstTarget.java"),
            StandardCharsets.UTF_8);
    String snippet =
        source.substring(
            source.indexOf("// README: begin\n") + 17, source.indexOf("    // README: end"));
    List<String> lines =
        Arrays.stream(snippet.split("\n")).map(l -> l.substring(4)).collect(Collectors.toList());
    assertTrue(lines.size() >= 10 && lines.size() <= 15, "10 to 15 lines: " + lines.size());
    String expected = "```java\n" + String.join("\n", lines) + "\n```";
    assertTrue(
        readme.contains(expected), "README carries JudgeAgainstTarget's example:\n" + expected);
  }
}
