package dev.yardstick.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class UnitTest {

  @Test
  void constants_haveTheirKindsAndMultipliers() {
    assertEquals(Unit.Kind.PERCENTAGE, Unit.PERCENTAGE.getKind());
    assertEquals(100L, Unit.PERCENTAGE.getMultiplier());
    assertEquals(100_000L, Unit.PER_100_000.getMultiplier());
    assertEquals(Unit.Kind.RATE, Unit.PER_1_000.getKind());
    assertEquals(1L, Unit.COUNT.getMultiplier());
    assertEquals(1L, Unit.POUNDS.getMultiplier());
  }

  @Test
  void rate_usualMultiplier_returnsTheConstant() {
    assertSame(Unit.PER_100, Unit.rate(100));
    assertSame(Unit.PER_1_000, Unit.rate(1_000));
    assertSame(Unit.PER_10_000, Unit.rate(10_000));
    assertSame(Unit.PER_100_000, Unit.rate(100_000));
    assertEquals(1_000_000L, Unit.rate(1_000_000).getMultiplier());
  }

  @Test
  void rate_negativeMultiplier_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.rate(-100));
    assertEquals("rate multiplier -100 must be positive", e.getMessage());
  }

  @Test
  void rate_zeroMultiplier_isRejectedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Unit.rate(0));
    assertEquals("rate multiplier 0 must be positive", e.getMessage());
  }

  @Test
  void rate_notAPowerOfTen_isRejectedNamingIt() {
    for (long bad : new long[] {1, 50, 1_001, 20_000, 10_000_000_000L}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Unit.rate(bad));
      assertTrue(e.getMessage().startsWith("rate multiplier " + bad + " "), e.getMessage());
    }
  }

  @Test
  void of_rateKind_isRejectedBecauseItNeedsAMultiplier() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.of(Unit.Kind.RATE));
    assertTrue(e.getMessage().contains("RATE"), e.getMessage());
  }

  @Test
  void of_fixedKinds_returnTheConstants() {
    for (Unit.Kind kind : Unit.Kind.values()) {
      if (kind != Unit.Kind.RATE) {
        assertEquals(kind, Unit.of(kind).getKind());
      }
    }
    assertSame(Unit.PERCENTAGE, Unit.of(Unit.Kind.PERCENTAGE));
  }

  @Test
  void toString_writesTheTextForms() {
    assertEquals("percentage", Unit.PERCENTAGE.toString());
    assertEquals("rate per 100000", Unit.PER_100_000.toString());
    assertEquals("pounds", Unit.POUNDS.toString());
    assertEquals("days", Unit.DAYS.toString());
  }

  @Test
  void parse_isLenientAboutCaseSpaceAndSeparators() {
    assertSame(Unit.PER_100_000, Unit.parse(" Rate per 100,000 "));
    assertSame(Unit.PERCENTAGE, Unit.parse("PERCENTAGE"));
    assertSame(Unit.SCORE, Unit.parse("score"));
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad :
        new String[] {"", "percent", "rate", "rate per ", "rate per x", "rate per -5"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Unit.parse(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void parse_badMultiplier_namesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Unit.parse("rate per 0"));
    assertTrue(e.getMessage().contains("rate multiplier 0 must be positive"), e.getMessage());
  }

  @Test
  void equals_byKindAndMultiplier() {
    new EqualsTester()
        .addEqualityGroup(Unit.PERCENTAGE, Unit.parse("percentage"))
        .addEqualityGroup(Unit.PER_100, Unit.rate(100))
        .addEqualityGroup(Unit.PER_100_000, Unit.parse("rate per 100000"))
        .addEqualityGroup(Unit.rate(1_000_000), Unit.rate(1_000_000))
        .addEqualityGroup(Unit.COUNT)
        .addEqualityGroup(Unit.RATIO)
        .addEqualityGroup(Unit.POUNDS)
        .addEqualityGroup(Unit.DAYS)
        .addEqualityGroup(Unit.SCORE)
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Unit.class);
    tester.testAllPublicInstanceMethods(Unit.PER_1_000);
  }

  @Test
  void serialisation_constants_readBackAsThemselves() {
    assertSame(Unit.PERCENTAGE, SerializableTester.reserialize(Unit.PERCENTAGE));
    assertSame(Unit.PER_1_000, SerializableTester.reserialize(Unit.PER_1_000));
    assertSame(Unit.COUNT, SerializableTester.reserialize(Unit.COUNT));
    SerializableTester.reserializeAndAssert(Unit.rate(1_000_000));
  }

  @Test
  void deserialisation_rateMultiplierNotAPowerOfTen_isRejectedNamingIt() throws Exception {
    byte[] bytes = serialise(Unit.rate(1_000_000));
    // the multiplier is the one primitive field, a long written big-endian
    byte[] million = ByteBuffer.allocate(8).putLong(1_000_000).array();
    ByteBuffer.wrap(bytes, indexOf(bytes, million), 8).putLong(999_999);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertTrue(
        e.getMessage().startsWith("deserialised unit is invalid: rate multiplier 999999"),
        e.getMessage());
  }

  @Test
  void deserialisation_fixedKindWithAnotherMultiplier_isRejectedNamingBoth() throws Exception {
    byte[] bytes = serialise(Unit.PERCENTAGE);
    byte[] hundred = ByteBuffer.allocate(8).putLong(100).array();
    ByteBuffer.wrap(bytes, indexOf(bytes, hundred), 8).putLong(1_000);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertEquals(
        "deserialised unit is invalid: unit kind PERCENTAGE has multiplier 100, not 1000",
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
