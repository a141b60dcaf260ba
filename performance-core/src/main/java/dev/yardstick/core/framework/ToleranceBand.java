package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One band of a RAG scheme: the values, in the indicator's unit, that earn a colour.
 *
 * <p>The range may be open or closed at either end and unbounded on either side, so that the
 * thresholds councils publish ("green at 55% or more, amber from 50%, red below 50%") are kept
 * exactly as written. Endpoints are normalised on entry. A {@link PerformanceFramework} checks that
 * a set of bands neither overlaps nor leaves gaps.
 *
 * <pre>{@code
 * ToleranceBand green = ToleranceBand.of(RagStatus.GREEN, Range.atLeast(new BigDecimal("55")));
 * ToleranceBand amber = ToleranceBand.of(RagStatus.AMBER,
 *     Range.closedOpen(new BigDecimal("50"), new BigDecimal("55")));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class ToleranceBand {

  ToleranceBand() {}

  /**
   * Returns a band.
   *
   * @param status the colour, {@link RagStatus#RED}, {@link RagStatus#AMBER} or {@link
   *     RagStatus#GREEN}
   * @param range the values that earn it
   * @return the band
   * @throws IllegalStateException if the status is not a colour or the range is empty
   */
  public static ToleranceBand of(RagStatus status, Range<BigDecimal> range) {
    return builder().status(status).range(range).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the colour of the band.
   *
   * @return red, amber or green
   */
  public abstract RagStatus getStatus();

  /**
   * Returns the values that earn the colour, in the indicator's unit.
   *
   * @return a non-empty range with normalised endpoints
   */
  public abstract Range<BigDecimal> getRange();

  /**
   * Tells whether a value falls in this band.
   *
   * @param value a value in the indicator's unit
   * @return {@code true} if the range contains it
   */
  public boolean contains(BigDecimal value) {
    return getRange().contains(value);
  }

  @Value.Check
  ToleranceBand check() {
    checkState(
        getStatus().isColour(), "tolerance band status %s is not RED, AMBER or GREEN", getStatus());
    checkState(
        !getRange().isEmpty(), "tolerance band %s range %s is empty", getStatus(), getRange());
    return isNormal(getRange()) ? this : builder().from(this).range(normalise(getRange())).build();
  }

  /**
   * Tells whether the endpoints are already in normal form. {@code Range.equals} compares endpoints
   * with {@code compareTo}, so it cannot tell {@code 55.0} from {@code 55}.
   */
  static boolean isNormal(Range<BigDecimal> range) {
    return (!range.hasLowerBound()
            || range.lowerEndpoint().equals(Decimals.normalise(range.lowerEndpoint())))
        && (!range.hasUpperBound()
            || range.upperEndpoint().equals(Decimals.normalise(range.upperEndpoint())));
  }

  static Range<BigDecimal> normalise(Range<BigDecimal> range) {
    if (range.hasLowerBound() && range.hasUpperBound()) {
      return Range.range(
          Decimals.normalise(range.lowerEndpoint()),
          range.lowerBoundType(),
          Decimals.normalise(range.upperEndpoint()),
          range.upperBoundType());
    }
    if (range.hasLowerBound()) {
      return Range.downTo(Decimals.normalise(range.lowerEndpoint()), range.lowerBoundType());
    }
    if (range.hasUpperBound()) {
      return Range.upTo(Decimals.normalise(range.upperEndpoint()), range.upperBoundType());
    }
    return range;
  }

  static String describe(Range<BigDecimal> range) {
    String lower =
        range.hasLowerBound()
            ? (range.lowerBoundType() == BoundType.CLOSED ? "[" : "(")
                + range.lowerEndpoint().toPlainString()
            : "(-inf";
    String upper =
        range.hasUpperBound()
            ? range.upperEndpoint().toPlainString()
                + (range.upperBoundType() == BoundType.CLOSED ? "]" : ")")
            : "+inf)";
    return lower + ", " + upper;
  }

  /** Builds a {@link ToleranceBand}. */
  public static class Builder extends ImmutableToleranceBand.Builder {
    /** Creates a builder with nothing set; prefer {@link ToleranceBand#builder()}. */
    public Builder() {}
  }
}
