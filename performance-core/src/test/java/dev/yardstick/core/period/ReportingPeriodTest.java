package dev.yardstick.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void serialisation_eachKind_roundTripsToAnEqualPeriod() {
    List<ReportingPeriod> periods =
        List.of(
            FinancialYear.of(2003),
            FinancialQuarter.of(2003, 4),
            ReportingMonth.of(2004, 3),
            DateRangePeriod.of(LocalDate.of(2003, 4, 1), LocalDate.of(2003, 6, 15)));
    for (ReportingPeriod period : periods) {
      SerializableTester.reserializeAndAssert(period);
      assertEquals(period.toString(), SerializableTester.reserialize(period).toString());
    }
  }

  @Test
  void deserialisation_yearOutsideTheSupportedRange_isRejectedNamingTheYear() throws Exception {
    byte[] bytes = serialise(FinancialYear.of(2003));
    // the stream ends with the one field, the start year as a 4-byte int: make it 0
    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt(0);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertEquals(
        "deserialised financial year is invalid: financial year start year 0 is outside the"
            + " supported range 1 to 9998",
        e.getMessage());
  }

  @Test
  void deserialisation_quarterFive_isRejectedNamingTheQuarter() throws Exception {
    byte[] bytes = serialise(FinancialQuarter.of(2003, 2));
    // the quarter's int field is written before the year object; find it as 00 00 00 02
    int at = indexOf(bytes, new byte[] {0, 0, 0, 2});
    ByteBuffer.wrap(bytes, at, 4).putInt(5);

    InvalidObjectException e = assertThrows(InvalidObjectException.class, () -> deserialise(bytes));

    assertTrue(
        e.getMessage().startsWith("deserialised financial quarter is invalid:"), e.getMessage());
    assertTrue(e.getMessage().contains("Q5"), e.getMessage());
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
    for (int i = bytes.length - pattern.length; i >= 0; i--) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("pattern not in the stream");
  }

  @Test
  void parse_recognisesEachForm() {
    assertEquals(FinancialYear.of(2003), ReportingPeriod.parse("2003-04"));
    assertEquals(FinancialYear.of(1999), ReportingPeriod.parse("1999-00"));
    assertEquals(FinancialQuarter.of(2003, 1), ReportingPeriod.parse("2003-04 Q1"));
    assertEquals(ReportingMonth.of(2003, 5), ReportingPeriod.parse("May 2003"));
    assertInstanceOf(DateRangePeriod.class, ReportingPeriod.parse("2003-04-01/2003-06-15"));
  }

  @Test
  void parse_isoYearMonth_isReadAsAFinancialYearOrRejected() {
    // 2003-04 is the financial year, never April 2003; 2003-05 is neither.
    assertInstanceOf(FinancialYear.class, ReportingPeriod.parse("2003-04"));
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003-05"));
    assertEquals(
        "financial year '2003-05': the second year must be 04, the year after 2003",
        e.getMessage());
  }

  @Test
  void parse_badText_isRejectedNamingTheText() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("last year"));
    assertEquals(
        "reporting month 'last year' is not in the form May 2003 (or 2003-05)", e.getMessage());
    DateTimeParseException digits =
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003"));
    assertEquals(
        "reporting period '2003' is not a financial year (2003-04), a quarter (2003-04 Q1),"
            + " a month (May 2003) or a date range (2003-04-01/2003-06-15)",
        digits.getMessage());
    assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse(""));
    assertEquals(
        "financial quarter '2003-04 Q5': quarter must be 1 to 4",
        assertThrows(DateTimeParseException.class, () -> ReportingPeriod.parse("2003-04 Q5"))
            .getMessage());
  }

  @Test
  void compareTo_acrossKinds_isOutlineOrder() {
    List<ReportingPeriod> periods =
        new ArrayList<>(
            List.of(
                FinancialQuarter.of(2003, 2),
                ReportingMonth.of(2003, 5),
                FinancialQuarter.of(2003, 1).toDateRange(),
                ReportingMonth.of(2003, 4),
                FinancialQuarter.of(2003, 1),
                FinancialYear.of(2003),
                FinancialYear.of(2002)));
    Collections.sort(periods);
    assertEquals(
        List.of(
            FinancialYear.of(2002),
            FinancialYear.of(2003),
            FinancialQuarter.of(2003, 1),
            FinancialQuarter.of(2003, 1).toDateRange(),
            ReportingMonth.of(2003, 4),
            ReportingMonth.of(2003, 5),
            FinancialQuarter.of(2003, 2)),
        periods);
  }

  @Test
  void contains_andOverlaps_acrossKinds() {
    ReportingPeriod q1 = FinancialQuarter.of(2003, 1);
    assertTrue(q1.contains(ReportingMonth.of(2003, 6)));
    assertFalse(q1.contains(ReportingMonth.of(2003, 7)));
    assertTrue(q1.overlaps(DateRangePeriod.parse("2003-06-30/2003-07-31")));
    assertFalse(q1.overlaps(DateRangePeriod.parse("2003-07-01/2003-07-31")));
    assertFalse(q1.contains(LocalDate.of(2003, 3, 31)));
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, LocalDate.of(2003, 5, 1));
    tester.setDefault(ReportingPeriod.class, FinancialYear.of(2003));
    tester.testAllPublicStaticMethods(ReportingPeriod.class);
  }
}
