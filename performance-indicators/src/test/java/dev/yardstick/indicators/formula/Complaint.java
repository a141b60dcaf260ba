package dev.yardstick.indicators.formula;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A complaint under the statutory procedure (test type). */
record Complaint(String reference, int stage, LocalDate received, @Nullable LocalDate responded) {}
