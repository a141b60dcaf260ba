package dev.yardstick.indicators.variance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.framework.ToleranceBand;
import dev.yardstick.core.measure.Decimals;
import dev.yardstick.core.status.RagStatus;
import dev.yardstick.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The bands a policy gives a target, built piece by piece: the line is cut at the target's bounds
 * and the tolerance edges, each point and each open piece between them is coloured by the policy's
 * rules, and pieces of one colour are merged.
 */
final class RagBands {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private RagBands() {}

  static List<ToleranceBand> of(
      RagPolicy policy, Optional<Tolerance> tolerance, Range<BigDecimal> bounds, String subject) {
    checkArgument(
        bounds.hasLowerBound() || bounds.hasUpperBound(),
        "%s has bounds %s with no end to measure from",
        subject,
        bounds);
    if (tolerance.isPresent() && tolerance.get().getKind() == Tolerance.Kind.BANDS) {
      return tolerance.get().getBands();
    }
    Optional<BigDecimal> lower =
        bounds.hasLowerBound() ? Optional.of(bounds.lowerEndpoint()) : Optional.empty();
    Optional<BigDecimal> upper =
        bounds.hasUpperBound() ? Optional.of(bounds.upperEndpoint()) : Optional.empty();
    BigDecimal lowerWidth = lower.map(l -> width(tolerance, l, subject)).orElse(BigDecimal.ZERO);
    BigDecimal upperWidth = upper.map(u -> width(tolerance, u, subject)).orElse(BigDecimal.ZERO);
    Shape shape = new Shape(policy, lower, upper, lowerWidth, upperWidth);

    TreeSet<BigDecimal> cuts = new TreeSet<>();
    lower.ifPresent(l -> cuts.add(l));
    lower.ifPresent(l -> cuts.add(l.subtract(lowerWidth)));
    upper.ifPresent(u -> cuts.add(u));
    upper.ifPresent(u -> cuts.add(u.add(upperWidth)));

    Map<RagStatus, RangeSet<BigDecimal>> colours = new EnumMap<>(RagStatus.class);
    @Nullable BigDecimal previous = null;
    for (BigDecimal cut : cuts) {
      Range<BigDecimal> piece = previous == null ? Range.lessThan(cut) : Range.open(previous, cut);
      BigDecimal inside =
          previous == null ? cut.subtract(BigDecimal.ONE) : previous.add(cut).divide(TWO);
      add(colours, shape.colourBetween(inside), piece);
      add(colours, shape.colourAt(cut), Range.singleton(cut));
      previous = cut;
    }
    BigDecimal last = cuts.last();
    add(colours, shape.colourBetween(last.add(BigDecimal.ONE)), Range.greaterThan(last));

    List<ToleranceBand> bands = new ArrayList<>();
    colours.forEach(
        (status, set) -> set.asRanges().forEach(r -> bands.add(ToleranceBand.of(status, r))));
    bands.sort(BY_LOWER_END);
    return ImmutableList.copyOf(bands);
  }

  private static void add(
      Map<RagStatus, RangeSet<BigDecimal>> colours, RagStatus status, Range<BigDecimal> piece) {
    colours.computeIfAbsent(status, s -> TreeRangeSet.create()).add(piece);
  }

  static boolean touchesZero(Range<BigDecimal> bounds) {
    return (bounds.hasLowerBound() && bounds.lowerEndpoint().signum() == 0)
        || (bounds.hasUpperBound() && bounds.upperEndpoint().signum() == 0);
  }

  private static BigDecimal width(Optional<Tolerance> tolerance, BigDecimal bound, String subject) {
    if (tolerance.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal amount = tolerance.get().getAmount().orElseThrow();
    if (tolerance.get().getKind() == Tolerance.Kind.ABSOLUTE) {
      return amount;
    }
    checkArgument(
        bound.signum() != 0,
        "%s: relative tolerance %s cannot be measured from a target of 0",
        subject,
        tolerance.get());
    return Decimals.normalise(bound.abs().multiply(amount).movePointLeft(2));
  }

  /** Finds the colour of a value in a list of bands; the worst colour where bands overlap. */
  static Optional<RagStatus> find(List<ToleranceBand> bands, BigDecimal value) {
    return bands.stream()
        .filter(b -> b.contains(value))
        .map(ToleranceBand::getStatus)
        .min(Comparator.comparingInt(RagBands::rank));
  }

  /** Ranks colours from worst (red, 0) to best (green, 2). */
  static int rank(RagStatus status) {
    switch (status) {
      case RED:
        return 0;
      case AMBER:
        return 1;
      default:
        return 2;
    }
  }

  static ValidationReport validate(String subject, Tolerance tolerance) {
    if (tolerance.getKind() != Tolerance.Kind.BANDS) {
      return ValidationReport.empty();
    }
    ValidationReport.Builder report = ValidationReport.builder();
    List<ToleranceBand> bands = tolerance.getBands();
    RangeSet<BigDecimal> covered = TreeRangeSet.create();
    bands.forEach(b -> covered.add(b.getRange()));
    for (Range<BigDecimal> gap : covered.complement().asRanges()) {
      report.error(
          "RAG_BANDS_GAP", subject, "values " + describe(gap) + " fall in no band of " + tolerance);
    }
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Range<BigDecimal> a = bands.get(i).getRange();
        Range<BigDecimal> b = bands.get(j).getRange();
        if (a.isConnected(b) && !a.intersection(b).isEmpty()) {
          report.error(
              "RAG_BANDS_OVERLAP",
              subject,
              "values "
                  + describe(a.intersection(b))
                  + " fall in both the "
                  + bands.get(i).getStatus()
                  + " and the "
                  + bands.get(j).getStatus()
                  + " band");
        }
      }
    }
    if (bands.stream().noneMatch(b -> b.getStatus() == RagStatus.GREEN)) {
      report.warning("RAG_BANDS_NO_GREEN", subject, "no band of " + tolerance + " is green");
    }
    return report.build();
  }

  static String describe(Range<BigDecimal> range) {
    if (range.hasLowerBound()
        && range.hasUpperBound()
        && range.lowerEndpoint().compareTo(range.upperEndpoint()) == 0) {
      return range.lowerEndpoint().toPlainString();
    }
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

  /** Orders bands by lower end, unbounded first, closed before open at the same value. */
  private static final Comparator<ToleranceBand> BY_LOWER_END =
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

  /** The colour of every value under one policy, target and tolerance. */
  private static final class Shape {
    private final RagPolicy policy;
    private final Optional<BigDecimal> lower;
    private final Optional<BigDecimal> upper;
    private final BigDecimal lowerWidth;
    private final BigDecimal upperWidth;

    Shape(
        RagPolicy policy,
        Optional<BigDecimal> lower,
        Optional<BigDecimal> upper,
        BigDecimal lowerWidth,
        BigDecimal upperWidth) {
      this.policy = policy;
      this.lower = lower;
      this.upper = upper;
      this.lowerWidth = lowerWidth;
      this.upperWidth = upperWidth;
    }

    private RagStatus within() {
      return policy.getWithinToleranceColour().toStatus();
    }

    /** The colour of a value that is not a cut point. */
    RagStatus colourBetween(BigDecimal x) {
      if (lower.isPresent() && x.compareTo(lower.get()) < 0) {
        return lower.get().subtract(x).compareTo(lowerWidth) < 0 ? within() : RagStatus.RED;
      }
      if (upper.isPresent() && x.compareTo(upper.get()) > 0) {
        return x.subtract(upper.get()).compareTo(upperWidth) < 0 ? within() : RagStatus.RED;
      }
      return RagStatus.GREEN;
    }

    /** The colour of a cut point: a bound of the target or a tolerance edge. */
    RagStatus colourAt(BigDecimal x) {
      RagStatus best = RagStatus.RED;
      boolean onBound = false;
      if (lower.isPresent() && x.compareTo(lower.get()) == 0) {
        best = better(best, boundColour(lowerWidth));
        onBound = true;
      }
      if (upper.isPresent() && x.compareTo(upper.get()) == 0) {
        best = better(best, boundColour(upperWidth));
        onBound = true;
      }
      if (onBound) {
        return best;
      }
      if (lower.isPresent() && x.compareTo(lower.get()) < 0) {
        return edgeColour();
      }
      if (upper.isPresent() && x.compareTo(upper.get()) > 0) {
        return edgeColour();
      }
      // A point strictly inside a range target cannot be a cut, but colour it as its neighbours.
      return RagStatus.GREEN;
    }

    private RagStatus boundColour(BigDecimal width) {
      if (policy.getTargetEdge() == TargetEdge.GREEN) {
        return RagStatus.GREEN;
      }
      return width.signum() > 0 ? within() : edgeColour();
    }

    private RagStatus edgeColour() {
      return policy.getToleranceEdge() == ToleranceEdge.AMBER ? within() : RagStatus.RED;
    }

    private static RagStatus better(RagStatus a, RagStatus b) {
      return rank(a) >= rank(b) ? a : b;
    }
  }

  /** Divides exactly where it can, to 16 significant digits otherwise. */
  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return Decimals.normalise(a.divide(b, MathContext.DECIMAL64));
  }
}
