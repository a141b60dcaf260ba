package dev.yardstick.testkit.contracts;

import dev.yardstick.testkit.generators.CaseRecord;
import java.util.List;

/**
 * A formula broke a law on generated records: the error a contract check throws, carrying the seed
 * and size that replay it and the smallest failing set of records the shrinker found.
 *
 * <p>It is an {@link AssertionError}, so every test framework reports it as a failed test. Its
 * message names the law, the seed and size, the records of the counterexample one a line, and what
 * differed. The records are generated, so they hold no personal data.
 *
 * <pre>{@code
 * Optional<ContractViolation> v = contracts.find(FormulaLaw.MERGEABLE);
 * v.ifPresent(e -> System.out.println(e.getCounterexample().size() + " records, seed " + e.getSeed()));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ContractViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The law broken. */
  private final FormulaLaw law;

  /** The seed of the failing example. */
  private final long seed;

  /** The size of the failing example. */
  private final int size;

  /** The number of records generated for the failing example. */
  private final int generatedCount;

  /** The smallest failing records found. */
  private final transient List<CaseRecord> counterexample;

  /** What differed, for the counterexample. */
  private final String detail;

  ContractViolation(
      FormulaLaw law,
      long seed,
      int size,
      int generatedCount,
      List<CaseRecord> counterexample,
      String detail) {
    super(message(law, seed, size, generatedCount, counterexample, detail));
    this.law = law;
    this.seed = seed;
    this.size = size;
    this.generatedCount = generatedCount;
    this.counterexample = List.copyOf(counterexample);
    this.detail = detail;
  }

  private static String message(
      FormulaLaw law,
      long seed,
      int size,
      int generatedCount,
      List<CaseRecord> counterexample,
      String detail) {
    StringBuilder s =
        new StringBuilder("formula law ")
            .append(law)
            .append(" broken for seed ")
            .append(seed)
            .append(", size ")
            .append(size)
            .append(" (replay: check(FormulaLaw.")
            .append(law)
            .append(", ")
            .append(seed)
            .append("L, ")
            .append(size)
            .append("))\nsmallest failing records found: ")
            .append(counterexample.size())
            .append(" of ")
            .append(generatedCount)
            .append(" generated");
    for (CaseRecord record : counterexample) {
      s.append("\n  ").append(record);
    }
    return s.append("\nwhat failed: ").append(detail).toString();
  }

  /**
   * Returns the law the formula broke.
   *
   * @return the law
   */
  public FormulaLaw getLaw() {
    return law;
  }

  /**
   * Returns the seed of the failing example, which replays it with {@link
   * FormulaContracts#check(FormulaLaw, long, int)}.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Returns the size of the failing example.
   *
   * @return the size, the largest number of people generated
   */
  public int getSize() {
    return size;
  }

  /**
   * Returns the number of records generated for the failing example, before shrinking.
   *
   * @return the count
   */
  public int getGeneratedCount() {
    return generatedCount;
  }

  /**
   * Returns the smallest set of records, found by removing records and moving dates, on which the
   * formula still breaks the law.
   *
   * @return the records, an unmodifiable list; empty after deserialisation
   */
  public List<CaseRecord> getCounterexample() {
    return counterexample == null ? List.of() : counterexample;
  }

  /**
   * Returns what differed on the counterexample, such as {@code 2003-04 Q1: 1/2 one pass, 0/2
   * merged}.
   *
   * @return the detail
   */
  public String getDetail() {
    return detail;
  }
}
