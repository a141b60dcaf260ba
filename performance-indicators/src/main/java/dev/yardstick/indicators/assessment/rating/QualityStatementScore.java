package dev.yardstick.indicators.assessment.rating;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.internal.YardstickStyle;
import org.immutables.value.Value;

/**
 * A CQC score for one quality statement of a local authority assessment: 1 to 4.
 *
 * <p>The scores mean: 1, evidence shows significant shortfalls; 2, some shortfalls; 3, a good
 * standard; 4, an exceptional standard (CQC, "How we determine ratings", local authority assessment
 * guidance).
 *
 * <pre>{@code
 * QualityStatementScore score = QualityStatementScore.of("Safeguarding", 3);
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class QualityStatementScore {

  /** The lowest score: significant shortfalls. */
  public static final int MIN_SCORE = 1;

  /** The highest score: an exceptional standard. */
  public static final int MAX_SCORE = 4;

  QualityStatementScore() {}

  /**
   * Returns a quality statement's score.
   *
   * @param statement the quality statement, such as {@code Assessing needs}
   * @param score the score, from {@value #MIN_SCORE} to {@value #MAX_SCORE}
   * @return the score
   * @throws IllegalArgumentException if the statement is blank or the score out of range; the
   *     message names them
   */
  public static QualityStatementScore of(String statement, int score) {
    return ImmutableQualityStatementScore.of(statement, score);
  }

  /**
   * Returns the quality statement scored.
   *
   * @return the statement, not blank
   */
  @Value.Parameter
  public abstract String getStatement();

  /**
   * Returns the score.
   *
   * @return 1 to 4
   */
  @Value.Parameter
  public abstract int getScore();

  /**
   * Returns the score as text, such as {@code Safeguarding: 3}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return getStatement() + ": " + getScore();
  }

  @Value.Check
  void check() {
    checkArgument(!getStatement().isBlank(), "quality statement has a blank name");
    checkArgument(
        getScore() >= MIN_SCORE && getScore() <= MAX_SCORE,
        "quality statement '%s' has score %s, outside %s to %s",
        getStatement(),
        getScore(),
        MIN_SCORE,
        MAX_SCORE);
  }
}
