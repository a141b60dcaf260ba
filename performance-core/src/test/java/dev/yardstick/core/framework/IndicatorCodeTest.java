package dev.yardstick.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"A1", "C28", "ASCOF 2B", "ASCOF 2A(2)", "NI 62", "3D part 1a", "BV-49"})
  void parse_publishedCodes_roundTrip(String text) {
    IndicatorCode code = IndicatorCode.parse(text);
    assertEquals(text, code.toString());
    assertEquals(text, code.getCode());
    assertEquals(code, IndicatorCode.parse(code.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " A1", "A1 ", "ASCOF  2B", "(A1)", "A1;", "A\t1", "C28%"})
  void of_badCode_throwsNamingTheCode(String bad) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.of(bad));
    assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
  }

  @Test
  void of_tooLong_throwsNamingTheLimit() {
    String text = "A".repeat(IndicatorCode.MAX_LENGTH + 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IndicatorCode.of(text));
    assertTrue(e.getMessage().contains("1 to 32 characters"), e.getMessage());
  }

  @Test
  void compareTo_pafCodes_sortInNaturalOrder() {
    List<String> sorted =
        Stream.of("C32", "A10", "A2", "B12", "C28", "ASCOF 2B", "ASCOF 1C")
            .map(IndicatorCode::of)
            .sorted()
            .map(IndicatorCode::toString)
            .collect(Collectors.toList());
    assertEquals(List.of("A2", "A10", "ASCOF 1C", "ASCOF 2B", "B12", "C28", "C32"), sorted);
  }

  @Test
  void equals_isCaseSensitive() {
    assertNotEquals(IndicatorCode.of("ASCOF 2B"), IndicatorCode.of("ascof 2B"));
    new EqualsTester()
        .addEqualityGroup(IndicatorCode.of("C28"), IndicatorCode.parse("C28"))
        .addEqualityGroup(IndicatorCode.of("C29"))
        .addEqualityGroup(IndicatorCode.of("c28"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester().testAllPublicStaticMethods(IndicatorCode.class);
    new NullPointerTester().testAllPublicInstanceMethods(IndicatorCode.of("A1"));
  }

  @Test
  void serialisation_roundTrip_isEqual() {
    SerializableTester.reserializeAndAssert(IndicatorCode.of("ASCOF 2A(2)"));
  }

  @Test
  void deserialisation_codeTheFactoryRejects_isRejectedNamingIt() throws Exception {
    byte[] bytes = serialise(IndicatorCode.of("C28"));
    bytes[indexOf(bytes, "C28".getBytes(StandardCharsets.US_ASCII)) + 1] = '%';

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertTrue(
        e.getMessage().startsWith("deserialised indicator code is invalid: indicator code 'C%8'"),
        e.getMessage());
  }

  private static byte[] serialise(Object object) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }

  private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  private static int indexOf(byte[] bytes, byte[] pattern) {
    outer:
    for (int i = 0; i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not in the stream");
  }
}
