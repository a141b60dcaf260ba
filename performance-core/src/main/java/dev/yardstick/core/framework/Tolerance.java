package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.status.RagStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How far from its target an indicator may be and still be called amber rather than red: the
 * tolerance that defines the amber band of a {@link Target}.
 *
 * <p>Councils set tolerance three ways (domain reference section 5.1):
 *
 * <ul>
 *   <li>{@link #absolute(BigDecimal) absolute}: a width in the indicator's unit ("within 2
 *       percentage points of target");
 *   <li>{@link #relative(BigDecimal) relative}: a percentage of the target value ("within 10% of
 *       target", Havering);
 *   <li>{@link #bands(List) fixed bands}: published thresholds for each colour ("green at 55% or
 *       more, amber 50% to 55%, red below 50%"). Such sets must neither overlap nor leave gaps; a
 *       {@link PerformanceFramework} reports it when they do.
 * </ul>
 *
 * <p>{@link #toBands(Range)} turns a tolerance and a target into the red, amber and green bands.
 * For a target of at least {@code t} with amber width {@code d}: green is {@code [t, +inf)}, amber
 * {@code [t - d, t)}, red {@code (-inf, t - d)}; at most {@code t} mirrors it; a range {@code [l,
 * u]} is green inside, amber within {@code d} of either end and red beyond.
 *
 * <p>Edge cases: a relative tolerance of a zero target has width zero, so there is no amber band.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class Tolerance {

  /** How a tolerance is given. */
  public enum Kind {
    /** A width in the indicator's unit. */
    ABSOLUTE,
    /** A percentage of the target value. */
    RELATIVE,
    /** Fixed thresholds for each colour. */
    BANDS
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Kind kind;
  private final @Nullable BigDecimal amount;
  private final ImmutableList<ToleranceBand> bands;

  private Tolerance(Kind kind, @Nullable BigDecimal amount, ImmutableList<ToleranceBand> bands) {
    this.kind = kind;
    this.amount = amount;
    this.bands = bands;
  }

  /**
   * Returns a tolerance of a fixed width in the indicator's unit.
   *
   * @param width the width of the amber band, greater than zero
   * @return the tolerance
   * @throws IllegalArgumentException if the width is zero or negative
   */
  public static Tolerance absolute(BigDecimal width) {
    Objects.requireNonNull(width, "width");
    checkArgument(
        width.signum() > 0,
        "absolute tolerance %s must be greater than zero",
        width.toPlainString());
    return new Tolerance(Kind.ABSOLUTE, Decimals.normalise(width), ImmutableList.of());
  }

  /**
   * Returns a tolerance of a percentage of the target value.
   *
   * @param percent the width of the amber band as a percentage of the target, greater than zero and
   *     at most 100
   * @return the tolerance
   * @throws IllegalArgumentException if the percentage is not greater than zero and at most 100
   */
  public static Tolerance relative(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    checkArgument(
        percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0,
        "relative tolerance %s%s must be greater than 0 and at most 100",
        percent.toPlainString(),
        "%");
    return new Tolerance(Kind.RELATIVE, Decimals.normalise(percent), ImmutableList.of());
  }

  /**
   * Returns a tolerance of fixed bands, kept in order of their lower ends. Whether they overlap or
   * leave gaps is a business rule, reported by {@link PerformanceFramework#validate()}.
   *
   * @param bands the bands, at least one
   * @return the tolerance
   * @throws IllegalArgumentException if there are no bands
   */
  public static Tolerance bands(List<ToleranceBand> bands) {
    Objects.requireNonNull(bands, "bands");
    checkArgument(!bands.isEmpty(), "tolerance bands must not be empty");
    return new Tolerance(
        Kind.BANDS,
        null,
        bands.stream().sorted(BY_LOWER_END).collect(ImmutableList.toImmutableList()));
  }

  /** Orders bands by lower end, unbounded first, then closed before open at the same value. */
  static final Comparator<ToleranceBand> BY_LOWER_END =
      (a, b) -> {
        Range<BigDecimal> x = a.getRange();
        Range<BigDecimal> y = b.getRange();
        if (!x.hasLowerBound() || !y.hasLowerBound()) {
          return Boolean.compare(x.hasLowerBound(), y.hasLowerBound());
        }
        int c = x.lowerEndpoint().compareTo(y.lowerEndpoint());
        if (c != 0) {
          return c;
        }
        return Boolean.compare(
            x.lowerBoundType() == BoundType.OPEN, y.lowerBoundType() == BoundType.OPEN);
      };

  /**
   * Returns how the tolerance is given.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the width of an absolute tolerance, or the percentage of a relative one.
   *
   * @return the amount, or empty for fixed bands
   */
  public Optional<BigDecimal> getAmount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the fixed bands, in order of their lower ends.
   *
   * @return the bands, an unmodifiable list; empty unless the kind is {@link Kind#BANDS}
   */
  public List<ToleranceBand> getBands() {
    return bands;
  }

  /**
   * Returns the red, amber and green bands for a target.
   *
   * @param target the values that meet the target: {@code [t, +inf)}, {@code (-inf, t]} or a closed
   *     range; ignored for fixed bands, which are returned as given
   * @return the bands in order of their lower ends; no amber band where its width is zero
   * @throws IllegalArgumentException if the target range is unbounded on both sides
   */
  public List<ToleranceBand> toBands(Range<BigDecimal> target) {
    Objects.requireNonNull(target, "target");
    if (kind == Kind.BANDS) {
      return bands;
    }
    checkArgument(
        target.hasLowerBound() || target.hasUpperBound(),
        "target range %s has no bound to measure tolerance from",
        target);
    List<ToleranceBand> out = new ArrayList<>();
    out.add(ToleranceBand.of(RagStatus.GREEN, target));
    if (target.hasLowerBound()) {
      BigDecimal t = target.lowerEndpoint();
      BigDecimal edge = t.subtract(widthAt(t));
      out.add(ToleranceBand.of(RagStatus.RED, Range.lessThan(edge)));
      if (edge.compareTo(t) < 0) {
        out.add(ToleranceBand.of(RagStatus.AMBER, Range.closedOpen(edge, t)));
      }
    }
    if (target.hasUpperBound()) {
      BigDecimal t = target.upperEndpoint();
      BigDecimal edge = t.add(widthAt(t));
      out.add(ToleranceBand.of(RagStatus.RED, Range.greaterThan(edge)));
      if (edge.compareTo(t) > 0) {
        out.add(ToleranceBand.of(RagStatus.AMBER, Range.openClosed(t, edge)));
      }
    }
    return out.stream().sorted(BY_LOWER_END).collect(ImmutableList.toImmutableList());
  }

  private BigDecimal widthAt(BigDecimal targetValue) {
    BigDecimal a = Objects.requireNonNull(amount);
    return kind == Kind.ABSOLUTE
        ? a
        : Decimals.normalise(targetValue.abs().multiply(a).movePointLeft(2));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Tolerance)) {
      return false;
    }
    Tolerance other = (Tolerance) obj;
    return kind == other.kind && Objects.equals(amount, other.amount) && bands.equals(other.bands);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, amount, bands);
  }

  /**
   * Returns a description such as {@code ABSOLUTE 2}, {@code RELATIVE 10%} or {@code BANDS[RED
   * (-inf, 50), GREEN [50, +inf)]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    switch (kind) {
      case ABSOLUTE:
        return "ABSOLUTE " + Objects.requireNonNull(amount).toPlainString();
      case RELATIVE:
        return "RELATIVE " + Objects.requireNonNull(amount).toPlainString() + "%";
      default:
        return bands.stream()
            .map(b -> b.getStatus() + " " + ToleranceBand.describe(b.getRange()))
            .collect(Collectors.joining(", ", "BANDS[", "]"));
    }
  }
}
