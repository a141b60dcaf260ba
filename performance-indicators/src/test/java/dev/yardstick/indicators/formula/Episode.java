package dev.yardstick.indicators.formula;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A generic episode of a person, generated for property tests (test type). */
record Episode(
    long personId, long episodeId, String team, LocalDate start, @Nullable LocalDate end, boolean flag) {}
