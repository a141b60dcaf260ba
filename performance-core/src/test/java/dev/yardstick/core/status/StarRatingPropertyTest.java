package dev.yardstick.core.status;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class StarRatingPropertyTest {

  @Test
  void parse_ofToString_isTheRating() {
    qt().forAll(integers().between(0, 3).map(StarRating::of))
        .check(r -> StarRating.parse(r.toString()).equals(r));
  }

  @Test
  void compareTo_agreesWithTheNumberOfStars() {
    qt().forAll(integers().between(0, 3), integers().between(0, 3))
        .check(
            (a, b) ->
                Integer.signum(StarRating.of(a).compareTo(StarRating.of(b)))
                    == Integer.signum(Integer.compare(a, b)));
  }

  @Test
  void of_outOfRange_isRejectedNamingTheValue() {
    qt().forAll(integers().all())
        .assuming(n -> n < 0 || n > 3)
        .check(
            n -> {
              try {
                StarRating.of(n);
                return false;
              } catch (IllegalArgumentException e) {
                return e.getMessage().contains("star rating " + n + " ");
              }
            });
  }
}
