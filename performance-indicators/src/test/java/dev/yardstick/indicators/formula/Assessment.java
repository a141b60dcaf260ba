package dev.yardstick.indicators.formula;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A referral and the assessment that followed it (test type). */
record Assessment(
    long assessmentId, long personId, String team, LocalDate referred, @Nullable LocalDate completed) {}
