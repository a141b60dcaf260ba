package dev.yardstick.examples.data;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.calendar.WorkingDayCalendar;
import dev.yardstick.core.period.FinancialYear;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Made-up case records of one council, of the kinds a case-management system holds: children in
 * care with their placements, reviews of child protection plans, assessments of adults, requests
 * for equipment and complaints. These are the embedder's own types: the formula engine reads them
 * through method references ({@link ExampleFormulas}).
 *
 * <p>They hold no real person's data; identifiers are sequence numbers.
 *
 * <pre>{@code
 * CaseRecords cases = CaseRecords.generate(council, FinancialYear.of(2017), 8, 7L);
 * FormulaResult a1 = ExampleFormulas.PAF_A1.evaluate(cases.getChildren(), FinancialYear.of(2023));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class CaseRecords {

  /** A child's period in care and the placements during it. */
  public static final class ChildInCare {
    private final long childId;
    private final LocalDate careStart;
    private final @Nullable LocalDate careEnd;
    private final List<LocalDate> placementStarts;

    ChildInCare(
        long childId,
        LocalDate careStart,
        @Nullable LocalDate careEnd,
        List<LocalDate> placementStarts) {
      this.childId = childId;
      this.careStart = careStart;
      this.careEnd = careEnd;
      this.placementStarts = List.copyOf(placementStarts);
    }

    /**
     * Returns the child's identifier.
     *
     * @return a sequence number
     */
    public long childId() {
      return childId;
    }

    /**
     * Returns the day the child became looked after.
     *
     * @return the day
     */
    public LocalDate careStart() {
      return careStart;
    }

    /**
     * Returns the day the child stopped being looked after, or null if still in care.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate careEnd() {
      return careEnd;
    }

    /**
     * Returns the number of placements open at any time from {@code from} to {@code to}.
     *
     * @param from the first day
     * @param to the last day
     * @return the number of placements
     */
    public int placementsBetween(LocalDate from, LocalDate to) {
      int count = 0;
      for (int i = 0; i < placementStarts.size(); i++) {
        LocalDate start = placementStarts.get(i);
        LocalDate end =
            i + 1 < placementStarts.size()
                ? placementStarts.get(i + 1).minusDays(1)
                : careEnd == null ? LocalDate.MAX : careEnd;
        if (!start.isAfter(to) && !end.isBefore(from)) {
          count++;
        }
      }
      return count;
    }
  }

  /** A review of a child protection plan, due on a day and held on a day (or not yet). */
  public static final class ProtectionReview {
    private final long reviewId;
    private final LocalDate due;
    private final @Nullable LocalDate held;

    ProtectionReview(long reviewId, LocalDate due, @Nullable LocalDate held) {
      this.reviewId = reviewId;
      this.due = due;
      this.held = held;
    }

    /**
     * Returns the review's identifier.
     *
     * @return a sequence number
     */
    public long reviewId() {
      return reviewId;
    }

    /**
     * Returns the day the review was due.
     *
     * @return the day
     */
    public LocalDate due() {
      return due;
    }

    /**
     * Returns the day the review was held, or null.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate held() {
      return held;
    }

    /**
     * Returns whether the review was held on or before its due day.
     *
     * @return true if held in time
     */
    public boolean isHeldInTime() {
      return held != null && !held.isAfter(due);
    }
  }

  /** An assessment of an adult's needs. */
  public static final class Assessment {
    private final long assessmentId;
    private final LocalDate birthDate;
    private final LocalDate started;
    private final @Nullable LocalDate completed;

    Assessment(
        long assessmentId, LocalDate birthDate, LocalDate started, @Nullable LocalDate completed) {
      this.assessmentId = assessmentId;
      this.birthDate = birthDate;
      this.started = started;
      this.completed = completed;
    }

    /**
     * Returns the assessment's identifier.
     *
     * @return a sequence number
     */
    public long assessmentId() {
      return assessmentId;
    }

    /**
     * Returns the person's date of birth.
     *
     * @return the day
     */
    public LocalDate birthDate() {
      return birthDate;
    }

    /**
     * Returns the day the assessment started.
     *
     * @return the day
     */
    public LocalDate started() {
      return started;
    }

    /**
     * Returns the day it was completed, or null.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate completed() {
      return completed;
    }
  }

  /** A request for a piece of equipment and the day it was delivered. */
  public static final class EquipmentRequest {
    private final long requestId;
    private final LocalDate requested;
    private final @Nullable LocalDate delivered;

    EquipmentRequest(long requestId, LocalDate requested, @Nullable LocalDate delivered) {
      this.requestId = requestId;
      this.requested = requested;
      this.delivered = delivered;
    }

    /**
     * Returns the request's identifier.
     *
     * @return a sequence number
     */
    public long requestId() {
      return requestId;
    }

    /**
     * Returns the day of the request.
     *
     * @return the day
     */
    public LocalDate requested() {
      return requested;
    }

    /**
     * Returns the day of delivery, or null.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate delivered() {
      return delivered;
    }
  }

  /** A complaint and the day it was answered. */
  public static final class Complaint {
    private final long complaintId;
    private final LocalDate received;
    private final @Nullable LocalDate answered;

    Complaint(long complaintId, LocalDate received, @Nullable LocalDate answered) {
      this.complaintId = complaintId;
      this.received = received;
      this.answered = answered;
    }

    /**
     * Returns the complaint's identifier.
     *
     * @return a sequence number
     */
    public long complaintId() {
      return complaintId;
    }

    /**
     * Returns the day the complaint was received.
     *
     * @return the day
     */
    public LocalDate received() {
      return received;
    }

    /**
     * Returns the day it was answered, or null.
     *
     * @return the day, or null
     */
    public @Nullable LocalDate answered() {
      return answered;
    }
  }

  private final List<ChildInCare> children;
  private final List<ProtectionReview> reviews;
  private final List<Assessment> assessments;
  private final List<EquipmentRequest> equipment;
  private final List<Complaint> complaints;

  private CaseRecords(
      List<ChildInCare> children,
      List<ProtectionReview> reviews,
      List<Assessment> assessments,
      List<EquipmentRequest> equipment,
      List<Complaint> complaints) {
    this.children = Collections.unmodifiableList(children);
    this.reviews = Collections.unmodifiableList(reviews);
    this.assessments = Collections.unmodifiableList(assessments);
    this.equipment = Collections.unmodifiableList(equipment);
    this.complaints = Collections.unmodifiableList(complaints);
  }

  /**
   * Makes up a council's records over some years, sized by its population.
   *
   * <p>Equipment deliveries slow down from the third quarter of the last year but one, when (the
   * story goes) a new community equipment contract began: the XmR chart of D54 shows it.
   *
   * @param council the council
   * @param firstYear the first financial year
   * @param years the number of years, at least 1
   * @param seed the seed
   * @return the records
   * @throws IllegalArgumentException if the number of years is not positive
   */
  public static CaseRecords generate(
      CouncilProfile council, FinancialYear firstYear, int years, long seed) {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(firstYear, "firstYear");
    checkArgument(years >= 1, "number of years %s is not positive", years);
    SplittableRandom r = new SplittableRandom(seed);
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    LocalDate first = firstYear.getStart();
    LocalDate last = firstYear.plusYears(years - 1L).getEnd();
    long days = ChronoUnit.DAYS.between(first, last) + 1;

    List<ChildInCare> children = new ArrayList<>();
    double meanStay = 2.2 * 365;
    long entrantsPerYear = Math.round(ExampleIndicators.lookedAfter(council, 0) / 2.2);
    LocalDate earliest = first.minusYears(4);
    long span = ChronoUnit.DAYS.between(earliest, last);
    long entrants = entrantsPerYear * span / 365;
    for (long id = 1; id <= entrants; id++) {
      LocalDate start = earliest.plusDays(r.nextLong(span));
      long stay = Math.round(-Math.log(1 - r.nextDouble()) * meanStay) + 1;
      LocalDate end = start.plusDays(stay);
      List<LocalDate> placements = new ArrayList<>();
      LocalDate p = start;
      while (!p.isAfter(end) && !p.isAfter(last)) {
        placements.add(p);
        p = p.plusDays(Math.round(-Math.log(1 - r.nextDouble()) * 20 * 30.4) + 1);
      }
      children.add(new ChildInCare(id, start, end.isAfter(last) ? null : end, placements));
    }

    List<ProtectionReview> reviews = new ArrayList<>();
    long reviewsPerYear = 2 * ExampleIndicators.protectionPlans(council, 0);
    for (long id = 1; id <= reviewsPerYear * days / 365; id++) {
      LocalDate due = first.plusDays(r.nextLong(days));
      double late = 0.07 - 0.004 * ChronoUnit.DAYS.between(first, due) / 365.0;
      LocalDate held =
          r.nextDouble() < late ? due.plusDays(1 + r.nextInt(30)) : due.minusDays(r.nextInt(5));
      reviews.add(new ProtectionReview(id, due, held.isAfter(last) ? null : held));
    }

    List<Assessment> assessments = new ArrayList<>();
    long assessmentsPerYear = Math.round(council.population(0, "65-74", "75-84", "85+") * 0.118);
    for (long id = 1; id <= assessmentsPerYear * days / 365; id++) {
      LocalDate started = first.plusDays(r.nextLong(days));
      int age = r.nextDouble() < 0.82 ? 65 + r.nextInt(30) : 18 + r.nextInt(47);
      LocalDate birth = started.minusYears(age).minusDays(r.nextInt(365));
      LocalDate completed = started.plusDays(5 + r.nextInt(40));
      assessments.add(
          new Assessment(id, birth, started, completed.isAfter(last) ? null : completed));
    }

    List<EquipmentRequest> equipment = new ArrayList<>();
    long requestsPerYear = council.population(0, "65-74", "75-84", "85+") / 20;
    LocalDate contract = firstYear.plusYears(years - 2L).getStart().plusMonths(6);
    for (long id = 1; id <= requestsPerYear * days / 365; id++) {
      LocalDate requested = first.plusDays(r.nextLong(days));
      if (!calendar.isWorkingDay(requested)) {
        requested = calendar.plusWorkingDays(requested, 1);
      }
      double year = ChronoUnit.DAYS.between(first, requested) / 365.0;
      double onTime = 0.83 + 0.006 * year - (requested.isBefore(contract) ? 0 : 0.09);
      int workingDays = r.nextDouble() < onTime ? 1 + r.nextInt(7) : 8 + r.nextInt(15);
      LocalDate delivered = calendar.plusWorkingDays(requested, workingDays);
      equipment.add(
          new EquipmentRequest(id, requested, delivered.isAfter(last) ? null : delivered));
    }

    List<Complaint> complaints = new ArrayList<>();
    long complaintsPerYear = Math.max(40, council.totalPopulation(0) / 1_500);
    for (long id = 1; id <= complaintsPerYear * days / 365; id++) {
      LocalDate received = first.plusDays(r.nextLong(days));
      int workingDays = r.nextDouble() < 0.78 ? 2 + r.nextInt(19) : 21 + r.nextInt(30);
      LocalDate answered = calendar.plusWorkingDays(received, workingDays);
      complaints.add(new Complaint(id, received, answered.isAfter(last) ? null : answered));
    }
    return new CaseRecords(children, reviews, assessments, equipment, complaints);
  }

  /**
   * Returns the children in care.
   *
   * @return the children
   */
  public List<ChildInCare> getChildren() {
    return children;
  }

  /**
   * Returns the reviews of child protection plans.
   *
   * @return the reviews
   */
  public List<ProtectionReview> getReviews() {
    return reviews;
  }

  /**
   * Returns the assessments of adults.
   *
   * @return the assessments
   */
  public List<Assessment> getAssessments() {
    return assessments;
  }

  /**
   * Returns the requests for equipment.
   *
   * @return the requests
   */
  public List<EquipmentRequest> getEquipment() {
    return equipment;
  }

  /**
   * Returns the complaints.
   *
   * @return the complaints
   */
  public List<Complaint> getComplaints() {
    return complaints;
  }

  /**
   * Returns the number of records of every kind.
   *
   * @return the number of records
   */
  public int size() {
    return children.size()
        + reviews.size()
        + assessments.size()
        + equipment.size()
        + complaints.size();
  }
}
