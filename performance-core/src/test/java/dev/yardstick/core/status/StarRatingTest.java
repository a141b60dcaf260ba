package dev.yardstick.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StarRatingTest {

  @Test
  void of_returnsTheConstants() {
    assertSame(StarRating.ZERO, StarRating.of(0));
    assertSame(StarRating.THREE, StarRating.of(3));
    assertEquals(2, StarRating.TWO.getStars());
  }

  @Test
  void of_fourStars_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StarRating.of(4));
    assertEquals("star rating 4 is outside the range 0 to 3 stars", e.getMessage());
  }

  @Test
  void of_minusOne_isRejectedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StarRating.of(-1));
    assertEquals("star rating -1 is outside the range 0 to 3 stars", e.getMessage());
  }

  @Test
  void toString_usesSingularForOneStar() {
    assertEquals(
        List.of("0 stars", "1 star", "2 stars", "3 stars"),
        Stream.of(StarRating.ZERO, StarRating.ONE, StarRating.TWO, StarRating.THREE)
            .map(StarRating::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void parse_acceptsEitherNumberOfWord() {
    assertSame(StarRating.TWO, StarRating.parse("2 stars"));
    assertSame(StarRating.ONE, StarRating.parse(" 1 Stars "));
    assertSame(StarRating.ZERO, StarRating.parse("0 star"));
  }

  @Test
  void parse_badText_isRejectedQuotingIt() {
    for (String bad :
        new String[] {
          "", "4 stars", "-1 stars", "two stars", "2", "2 starz", "22 stars", "2 stars!"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> StarRating.parse(bad));
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }

  @Test
  void compareTo_ordersByStars() {
    assertTrue(StarRating.ZERO.compareTo(StarRating.ONE) < 0);
    assertTrue(StarRating.THREE.compareTo(StarRating.TWO) > 0);
    assertEquals(0, StarRating.TWO.compareTo(StarRating.parse("2 stars")));
  }

  @Test
  void equals_byStars() {
    new EqualsTester()
        .addEqualityGroup(StarRating.ZERO, StarRating.of(0), StarRating.parse("0 stars"))
        .addEqualityGroup(StarRating.ONE, StarRating.parse("1 star"))
        .addEqualityGroup(StarRating.TWO)
        .addEqualityGroup(StarRating.THREE)
        .testEquals();
  }

  @Test
  void nulls_areRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(StarRating.class);
    tester.testAllPublicInstanceMethods(StarRating.TWO);
  }
}
