package dev.yardstick.risk.performance;

/**
 * The NHS Making Data Count assurance icon of an indicator's SPC chart: whether the process, as it
 * runs, will meet the target (methods reference 1.5).
 *
 * <p>The constants have the names of the SPC calculator's icon in {@code performance-indicators},
 * so {@code SpcAssurance.valueOf(icon.name())} converts one to the other; this module does not
 * depend on the indicators module.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum SpcAssurance {
  /** The target lies on the passing side of both process limits: the process will meet it. */
  CONSISTENTLY_PASSING,
  /** The target lies between the process limits: it will be met sometimes and missed sometimes. */
  HIT_AND_MISS,
  /** The target lies on the failing side of both limits: the process will miss it. */
  CONSISTENTLY_FAILING
}
