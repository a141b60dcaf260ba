package dev.yardstick.indicators.formula;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An adult client's service episode (test type). */
record Client(
    long clientId,
    @Nullable LocalDate birthDate,
    LocalDate serviceStart,
    @Nullable LocalDate serviceEnd,
    boolean communityBased,
    @Nullable LocalDate lastReview) {

  boolean isCommunityBased() {
    return communityBased;
  }
}
