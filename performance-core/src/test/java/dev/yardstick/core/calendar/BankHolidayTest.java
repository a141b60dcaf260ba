package dev.yardstick.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidayTest {

  private static final LocalDate BOXING_DAY = LocalDate.of(2022, 12, 26);

  @Test
  void of_andBuilder_giveEqualHolidays() {
    BankHoliday holiday = BankHoliday.of(BOXING_DAY, "Boxing Day");
    assertEquals(holiday, BankHoliday.builder().date(BOXING_DAY).name("Boxing Day").build());
    assertEquals(holiday, BankHoliday.builder().from(holiday).build());
    assertEquals(BOXING_DAY, holiday.getDate());
    assertEquals("Boxing Day", holiday.getName());
  }

  @Test
  void compareTo_ordersByDateThenName() {
    BankHoliday a = BankHoliday.of(BOXING_DAY, "A");
    BankHoliday b = BankHoliday.of(BOXING_DAY, "B");
    BankHoliday later = BankHoliday.of(BOXING_DAY.plusDays(1), "A");
    assertTrue(a.compareTo(b) < 0);
    assertTrue(b.compareTo(later) < 0);
    assertEquals(0, a.compareTo(BankHoliday.of(BOXING_DAY, "A")));
  }

  @Test
  void equals_andHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            BankHoliday.of(BOXING_DAY, "Boxing Day"), BankHoliday.of(BOXING_DAY, "Boxing Day"))
        .addEqualityGroup(BankHoliday.of(BOXING_DAY, "Christmas Day (substitute day)"))
        .addEqualityGroup(BankHoliday.of(BOXING_DAY.plusYears(1), "Boxing Day"))
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(LocalDate.class, BOXING_DAY);
    tester.setDefault(String.class, "Boxing Day");
    tester.testAllPublicStaticMethods(BankHoliday.class);
    tester.testAllPublicInstanceMethods(BankHoliday.of(BOXING_DAY, "Boxing Day"));
  }

  @Test
  void of_blankName_isRejectedNamingTheDate() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BankHoliday.of(BOXING_DAY, "  "));
    assertEquals("bank holiday 2022-12-26: name must not be blank", e.getMessage());
  }

  @Test
  void builder_missingDate_isRejected() {
    assertThrows(
        IllegalStateException.class, () -> BankHoliday.builder().name("Boxing Day").build());
  }
}
