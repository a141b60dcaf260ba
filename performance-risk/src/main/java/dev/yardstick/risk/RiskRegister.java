package dev.yardstick.risk;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.RiskId;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.validation.ValidationReport;
import dev.yardstick.risk.matrix.MatrixCell;
import dev.yardstick.risk.matrix.RatingBand;
import dev.yardstick.risk.matrix.RiskMatrix;
import dev.yardstick.risk.matrix.RiskMatrixVersions;
import dev.yardstick.risk.matrix.RiskRating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An immutable risk register with its full history: every version of every risk record and every
 * assessment is kept, and the state on any date is worked out from that history.
 *
 * <p>A register holds its configuration (the {@link RiskMatrixVersions matrix versions}, the
 * categories it knows, the {@link RiskAppetite appetites} and the {@link ReviewPolicy review
 * policy}) and three histories: the risk records ({@link Risk} versions in the order recorded), the
 * {@link RiskAssessment assessments} and the {@link RiskAction actions}. {@link #withRisk(Risk)},
 * {@link #withAssessment(RiskAssessment)} and the other {@code with} methods return a new register
 * with one more entry; nothing is ever overwritten, so replaying the history through them rebuilds
 * an equal register, and {@link #asAt(LocalDate)} shows the register as it stood on a past date.
 *
 * <p>Queries take the date they answer for: the live risks (open or accepted) by category, owner
 * role or linked objective; each risk's ratings on the matrix in force on its assessment date;
 * risks above appetite with the escalation they need; reviews due and overdue; movement since the
 * previous assessment; and heat maps.
 *
 * <p>Invariants, checked whenever a register is built, throw {@code IllegalArgumentException}
 * naming the value: a risk in a category the register does not know; an assessment of an unknown
 * risk, dated before the risk was raised, dated before an earlier assessment of the same risk,
 * dated when no matrix is in force, or with a level outside the matrix; an appetite, or appetite
 * plus tolerance, above a matrix's maximum score. Business rules that do not stop the register
 * working are reported by {@link #validate()}.
 *
 * <pre>{@code
 * RiskRegister register = RiskRegister.of("Corporate risk register",
 *         RiskMatrix.fiveByFive(LocalDate.of(2024, 4, 1)))
 *     .withAppetite(RiskAppetite.of(RiskCategory.SAFEGUARDING, 6, 3, LocalDate.of(2024, 4, 1)))
 *     .withRisk(workforceRisk)
 *     .withAssessment(juneAssessment);
 * List<AppetiteCheck> escalate = register.aboveAppetite(LocalDate.of(2024, 6, 30));
 * List<ReviewDue> overdue = register.overdueReviews(LocalDate.of(2024, 9, 1));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class RiskRegister {

  RiskRegister() {}

  /**
   * Returns the register's name, such as {@code "Corporate risk register"}.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the matrix versions used to rate assessments.
   *
   * @return the matrix versions
   */
  public abstract RiskMatrixVersions getMatrices();

  /**
   * Returns the categories the register knows; a risk in any other category is rejected.
   *
   * @return the categories; the seven {@linkplain RiskCategory#standardCategories() standard
   *     categories} unless set
   */
  @Value.Default
  public Set<RiskCategory> getCategories() {
    return new LinkedHashSet<>(RiskCategory.standardCategories());
  }

  /**
   * Returns the appetites, per category and organisation unit, with their effective dates.
   *
   * @return the appetites, possibly none
   */
  public abstract List<RiskAppetite> getAppetites();

  /**
   * Returns the review policy.
   *
   * @return the policy; {@link ReviewPolicy#defaults()} unless set
   */
  @Value.Default
  public ReviewPolicy getReviewPolicy() {
    return ReviewPolicy.defaults();
  }

  /**
   * Returns every version of every risk record, in the order recorded.
   *
   * @return the risk records
   */
  public abstract List<Risk> getRiskRecords();

  /**
   * Returns every assessment, in the order recorded.
   *
   * @return the assessments
   */
  public abstract List<RiskAssessment> getAssessments();

  /**
   * Returns every action taken on a risk of the register, in the order recorded.
   *
   * @return the actions
   */
  public abstract List<RiskAction> getActions();

  /**
   * Returns an empty register with one matrix, the standard categories, no appetite and the default
   * review policy.
   *
   * @param name the register's name
   * @param matrix the matrix
   * @return the register
   */
  public static RiskRegister of(String name, RiskMatrix matrix) {
    return builder().name(name).matrices(RiskMatrixVersions.of(matrix)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- adding to the history

  /**
   * Returns this register with a risk record added: a new risk, or a new version of one already
   * on the register (such as a status change).
   *
   * @param risk the risk record
   * @return the new register
   * @throws IllegalArgumentException if the category is unknown, or a new version is recorded
   *     before the current one or changes the raised-on date
   */
  public RiskRegister withRisk(Risk risk) {
    Objects.requireNonNull(risk, "risk");
    return builder().from(this).addRiskRecords(risk).build();
  }

  /**
   * Returns this register with an assessment added.
   *
   * @param assessment the assessment
   * @return the new register
   * @throws IllegalArgumentException if the risk is unknown, the assessment is dated before the
   *     risk was raised or before its previous assessment, no matrix is in force on its date, or a
   *     level lies outside the matrix
   */
  public RiskRegister withAssessment(RiskAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return builder().from(this).addAssessments(assessment).build();
  }

  /**
   * Returns this register with an action added.
   *
   * @param action the action
   * @return the new register
   * @throws IllegalArgumentException if the risk is unknown or the target lies outside the matrix
   */
  public RiskRegister withAction(RiskAction action) {
    Objects.requireNonNull(action, "action");
    return builder().from(this).addActions(action).build();
  }

  /**
   * Returns this register with an appetite added.
   *
   * @param appetite the appetite
   * @return the new register
   * @throws IllegalArgumentException if its category is unknown, or the appetite or appetite plus
   *     tolerance is above a matrix's maximum score
   */
  public RiskRegister withAppetite(RiskAppetite appetite) {
    Objects.requireNonNull(appetite, "appetite");
    return builder().from(this).addAppetites(appetite).build();
  }

  /**
   * Returns the register as it stood at the end of a date: the risk records recorded and the
   * assessments made on or before it, with the same configuration and actions.
   *
   * @param date the date
   * @return the register on that date
   */
  public RiskRegister asAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return builder()
        .from(this)
        .riskRecords(
            getRiskRecords().stream()
                .filter(r -> !r.getRecordedOn().isAfter(date))
                .collect(Collectors.toList()))
        .assessments(
            getAssessments().stream()
                .filter(a -> !a.getAssessedOn().isAfter(date))
                .collect(Collectors.toList()))
        .build();
  }

  // ---------------------------------------------------------------- risks

  /**
   * Returns the current version of a risk: the latest record.
   *
   * @param id the risk's identifier
   * @return the latest version, or empty if the risk is not on the register
   */
  public Optional<Risk> risk(RiskId id) {
    Objects.requireNonNull(id, "id");
    Risk found = null;
    for (Risk r : getRiskRecords()) {
      if (r.getId().equals(id)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the version of a risk in force on a date.
   *
   * @param id the risk's identifier
   * @param date the date
   * @return the latest version recorded on or before the date, or empty if there is none
   */
  public Optional<Risk> riskOn(RiskId id, LocalDate date) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Risk found = null;
    for (Risk r : getRiskRecords()) {
      if (r.getId().equals(id) && !r.getRecordedOn().isAfter(date)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns every version of a risk, oldest first.
   *
   * @param id the risk's identifier
   * @return the versions, empty if the risk is not on the register
   */
  public List<Risk> history(RiskId id) {
    Objects.requireNonNull(id, "id");
    return getRiskRecords().stream()
        .filter(r -> r.getId().equals(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the risks that are live (open or accepted) on a date, in the order first raised.
   *
   * @param date the date
   * @return the versions in force on the date whose status is live
   */
  public List<Risk> liveRisks(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map<RiskId, Risk> latest = new LinkedHashMap<>();
    for (Risk r : getRiskRecords()) {
      if (!r.getRecordedOn().isAfter(date)) {
        latest.put(r.getId(), r);
      }
    }
    return latest.values().stream()
        .filter(r -> r.getStatus().isLive())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the live risks of a category on a date.
   *
   * @param category the category
   * @param date the date
   * @return the risks, in the order first raised
   */
  public List<Risk> byCategory(RiskCategory category, LocalDate date) {
    Objects.requireNonNull(category, "category");
    return live(date, r -> r.getCategory().equals(category));
  }

  /**
   * Returns the live risks owned by a role on a date.
   *
   * @param ownerRole the owner role
   * @param date the date
   * @return the risks, in the order first raised
   */
  public List<Risk> byOwnerRole(OwnerRole ownerRole, LocalDate date) {
    Objects.requireNonNull(ownerRole, "ownerRole");
    return live(date, r -> r.getOwnerRole().equals(ownerRole));
  }

  /**
   * Returns the live risks that threaten an objective on a date.
   *
   * @param objective the objective
   * @param date the date
   * @return the risks, in the order first raised
   */
  public List<Risk> linkedTo(ObjectiveId objective, LocalDate date) {
    Objects.requireNonNull(objective, "objective");
    return live(date, r -> r.getObjectives().contains(objective));
  }

  /**
   * Returns the live risks that threaten an indicator on a date.
   *
   * @param indicator the indicator
   * @param date the date
   * @return the risks, in the order first raised
   */
  public List<Risk> linkedTo(IndicatorCode indicator, LocalDate date) {
    Objects.requireNonNull(indicator, "indicator");
    return live(date, r -> r.getIndicators().contains(indicator));
  }

  private List<Risk> live(LocalDate date, Predicate<Risk> filter) {
    return liveRisks(date).stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- assessments and ratings

  /**
   * Returns every assessment of a risk, oldest first.
   *
   * @param id the risk's identifier
   * @return the assessments, empty if none
   */
  public List<RiskAssessment> assessmentsOf(RiskId id) {
    Objects.requireNonNull(id, "id");
    return getAssessments().stream()
        .filter(a -> a.getRiskId().equals(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a risk's latest assessment on or before a date.
   *
   * @param id the risk's identifier
   * @param date the date
   * @return the assessment, or empty if the risk had none by then
   */
  public Optional<RiskAssessment> latestAssessment(RiskId id, LocalDate date) {
    List<RiskAssessment> upTo = assessmentsUpTo(id, date);
    return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.get(upTo.size() - 1));
  }

  private List<RiskAssessment> assessmentsUpTo(RiskId id, LocalDate date) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    return getAssessments().stream()
        .filter(a -> a.getRiskId().equals(id) && !a.getAssessedOn().isAfter(date))
        .collect(Collectors.toList());
  }

  /**
   * Returns the matrix in force on a date.
   *
   * @param date the date
   * @return the matrix
   * @throws IllegalStateException if no matrix version is in force on the date
   */
  public RiskMatrix matrixOn(LocalDate date) {
    return getMatrices()
        .effectiveOn(date)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "risk register '" + getName() + "' has no risk matrix in force on " + date));
  }

  /**
   * Rates one of an assessment's three positions on the matrix in force on the assessment date.
   *
   * @param assessment an assessment
   * @param kind inherent, residual or target
   * @return the rating
   */
  public RiskRating rate(RiskAssessment assessment, ScoreKind kind) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(kind, "kind");
    return matrixOn(assessment.getAssessedOn()).rate(assessment.cell(kind));
  }

  /**
   * Returns a risk's rating on a date: one position of its latest assessment, rated on the matrix
   * in force on the assessment date.
   *
   * @param id the risk's identifier
   * @param kind inherent, residual or target
   * @param date the date
   * @return the rating, or empty if the risk had no assessment by then
   */
  public Optional<RiskRating> rating(RiskId id, ScoreKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    return latestAssessment(id, date).map(a -> rate(a, kind));
  }

  /**
   * Returns how a risk's residual score moved between its previous and its latest assessment on or
   * before a date. Both residual positions are rated on the matrix in force on the latest
   * assessment date, so that a change of matrix is not reported as a change of risk.
   *
   * <p>Edge cases: a risk with fewer than two assessments by the date has no movement (empty).
   *
   * @param id the risk's identifier
   * @param date the date
   * @return up, down or same; empty with fewer than two assessments
   */
  public Optional<Movement> movement(RiskId id, LocalDate date) {
    List<RiskAssessment> upTo = assessmentsUpTo(id, date);
    if (upTo.size() < 2) {
      return Optional.empty();
    }
    RiskAssessment latest = upTo.get(upTo.size() - 1);
    RiskAssessment previous = upTo.get(upTo.size() - 2);
    RiskMatrix m = matrixOn(latest.getAssessedOn());
    int now = m.rate(latest.getResidual()).getScore();
    int before = m.rate(previous.getResidual()).getScore();
    return Optional.of(now > before ? Movement.UP : now < before ? Movement.DOWN : Movement.SAME);
  }

  // ---------------------------------------------------------------- appetite

  /**
   * Returns the appetite that applies to a category and unit on a date: the unit's own appetite
   * for the category if one is in force, otherwise the organisation-wide one.
   *
   * @param category the category
   * @param unit the organisation unit, or empty for the whole organisation
   * @param date the date
   * @return the appetite, or empty if none is in force
   * @throws IllegalStateException if two appetites for the same category and unit are in force on
   *     the date ({@link #validate()} reports such overlaps)
   */
  public Optional<RiskAppetite> appetiteFor(
      RiskCategory category, Optional<OrganisationId> unit, LocalDate date) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(date, "date");
    Optional<RiskAppetite> own = unit.isPresent() ? appetiteExactly(category, unit, date)
        : Optional.empty();
    return own.isPresent() ? own : appetiteExactly(category, Optional.empty(), date);
  }

  private Optional<RiskAppetite> appetiteExactly(
      RiskCategory category, Optional<OrganisationId> unit, LocalDate date) {
    List<RiskAppetite> found =
        getAppetites().stream()
            .filter(
                a ->
                    a.getCategory().equals(category)
                        && a.getOrganisationUnit().equals(unit)
                        && a.isEffectiveOn(date))
            .collect(Collectors.toList());
    if (found.size() > 1) {
      throw new IllegalStateException(
          "risk register '"
              + getName()
              + "' has "
              + found.size()
              + " appetites for category "
              + category
              + unit.map(u -> " and unit " + u).orElse("")
              + " in force on "
              + date);
    }
    return found.stream().findFirst();
  }

  /**
   * Places every live, assessed risk's residual rating against its appetite on a date.
   *
   * @param date the date
   * @return one check per live risk with an assessment by the date, in the order first raised
   */
  public List<AppetiteCheck> appetiteChecks(LocalDate date) {
    List<AppetiteCheck> checks = new ArrayList<>();
    for (Risk r : liveRisks(date)) {
      Optional<RiskAssessment> a = latestAssessment(r.getId(), date);
      if (a.isEmpty()) {
        continue;
      }
      RiskRating residual = rate(a.get(), ScoreKind.RESIDUAL);
      Optional<RiskAppetite> appetite =
          appetiteFor(r.getCategory(), r.getOrganisationUnit(), date);
      AppetiteStatus status =
          appetite.map(ap -> ap.statusOf(residual.getScore())).orElse(AppetiteStatus.NO_APPETITE_SET);
      EscalationLevel escalation =
          appetite.map(ap -> ap.escalationFor(residual.getScore()))
              .orElse(EscalationLevel.RISK_OWNER);
      checks.add(
          AppetiteCheck.builder()
              .riskId(r.getId())
              .asAt(date)
              .residual(residual)
              .appetite(appetite)
              .status(status)
              .escalation(escalation)
              .build());
    }
    return List.copyOf(checks);
  }

  /**
   * Returns the live risks above appetite (within tolerance or not) on a date.
   *
   * @param date the date
   * @return the checks of risks above appetite, in the order first raised
   */
  public List<AppetiteCheck> aboveAppetite(LocalDate date) {
    return appetiteChecks(date).stream()
        .filter(AppetiteCheck::isAboveAppetite)
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- reviews

  /**
   * Returns when each live risk's next review is due, as seen on a date (see {@link ReviewDue}).
   *
   * @param date the date
   * @return one entry per live risk, in the order first raised
   * @throws IllegalArgumentException if the review policy has no interval for a residual rating
   */
  public List<ReviewDue> reviews(LocalDate date) {
    List<ReviewDue> due = new ArrayList<>();
    for (Risk r : liveRisks(date)) {
      Optional<RiskAssessment> a = latestAssessment(r.getId(), date);
      ReviewDue.Builder b = ReviewDue.builder().riskId(r.getId()).asAt(date);
      if (a.isPresent()) {
        RatingBand band = rate(a.get(), ScoreKind.RESIDUAL).getBand();
        b.lastAssessedOn(a.get().getAssessedOn())
            .residualRating(band)
            .dueOn(a.get().getAssessedOn().plus(getReviewPolicy().intervalFor(band)));
      } else {
        b.dueOn(r.getRaisedOn().plus(getReviewPolicy().getFirstAssessmentWithin()));
      }
      due.add(b.build());
    }
    return List.copyOf(due);
  }

  /**
   * Returns the live risks whose review is overdue on a date, most overdue first.
   *
   * @param date the date
   * @return the overdue reviews
   * @throws IllegalArgumentException if the review policy has no interval for a residual rating
   */
  public List<ReviewDue> overdueReviews(LocalDate date) {
    return reviews(date).stream()
        .filter(ReviewDue::isOverdue)
        .sorted((x, y) -> Long.compare(y.getDaysOverdue(), x.getDaysOverdue()))
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- actions

  /**
   * Returns the actions taken on a risk.
   *
   * @param id the risk's identifier
   * @return the actions, in the order recorded
   */
  public List<RiskAction> actionsOn(RiskId id) {
    Objects.requireNonNull(id, "id");
    return getActions().stream()
        .filter(a -> a.getRiskId().equals(id))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the actions on live risks that are overdue on a date.
   *
   * @param date the date
   * @return the overdue actions, in the order recorded
   */
  public List<RiskAction> overdueActions(LocalDate date) {
    Set<RiskId> live =
        liveRisks(date).stream().map(Risk::getId).collect(Collectors.toSet());
    return getActions().stream()
        .filter(a -> live.contains(a.getRiskId()) && a.getAction().isOverdueOn(date))
        .collect(Collectors.toUnmodifiableList());
  }

  // ---------------------------------------------------------------- heat map

  /**
   * Counts the live risks in each cell of the matrix in force on a date, by one of the three
   * positions of their latest assessment.
   *
   * @param kind inherent, residual or target
   * @param date the date
   * @return the heat map
   * @throws IllegalStateException if no matrix is in force on the date
   */
  public HeatMap heatMap(ScoreKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    RiskMatrix matrix = matrixOn(date);
    Map<MatrixCell, Integer> counts = new LinkedHashMap<>();
    for (MatrixCell c : matrix.getCells()) {
      counts.put(c, 0);
    }
    int notAssessed = 0;
    for (Risk r : liveRisks(date)) {
      Optional<RiskAssessment> a = latestAssessment(r.getId(), date);
      if (a.isPresent()) {
        counts.merge(a.get().cell(kind), 1, Integer::sum);
      } else {
        notAssessed++;
      }
    }
    return HeatMap.builder()
        .kind(kind)
        .asAt(date)
        .matrix(matrix)
        .counts(counts)
        .notAssessed(notAssessed)
        .build();
  }

  // ---------------------------------------------------------------- validation

  /**
   * Reports the business-rule problems that do not stop the register working but that a risk
   * manager should fix or know about.
   *
   * <p>Issue codes: {@code RISK_APPETITE_OVERLAP} (error: two appetites for the same category and
   * unit in force on a common day); {@code RISK_REVIEW_NO_INTERVAL} (error: a rating band of a
   * matrix version has no review interval); {@code RISK_ACTION_TARGET_ABOVE_RESIDUAL} (warning: an
   * action aims at a position higher than the risk's latest residual); {@code
   * RISK_ASSESSMENT_CONTROLS_DIFFER} (information: the assessor's residual differs from where the
   * controls' stated reductions put the risk).
   *
   * @return the report, empty when nothing is wrong
   */
  public ValidationReport validate() {
    ValidationReport.Builder report = ValidationReport.builder();
    List<RiskAppetite> appetites = getAppetites();
    for (int i = 0; i < appetites.size(); i++) {
      for (int j = i + 1; j < appetites.size(); j++) {
        RiskAppetite a = appetites.get(i);
        RiskAppetite b = appetites.get(j);
        if (a.overlaps(b)) {
          report.error(
              "RISK_APPETITE_OVERLAP",
              a.getCategory() + a.getOrganisationUnit().map(u -> " / " + u).orElse(""),
              "appetites for category "
                  + a.getCategory()
                  + a.getOrganisationUnit().map(u -> " and unit " + u).orElse("")
                  + " from "
                  + a.getEffectiveFrom()
                  + " and from "
                  + b.getEffectiveFrom()
                  + " are in force on a common day");
        }
      }
    }
    for (RiskMatrix m : getMatrices().getVersions()) {
      for (RatingBand band : m.getBanding().getBands()) {
        if (!getReviewPolicy().getIntervals().containsKey(band.getName())) {
          report.error(
              "RISK_REVIEW_NO_INTERVAL",
              m.getName(),
              "rating '"
                  + band.getName()
                  + "' of risk matrix '"
                  + m.getName()
                  + "' has no review interval in the review policy");
        }
      }
    }
    for (RiskAction action : getActions()) {
      Optional<RiskAssessment> latest = latestAssessment(action.getRiskId(), LocalDate.MAX);
      if (latest.isPresent()) {
        RiskMatrix m = getMatrices().latest();
        int target = m.rate(action.getTarget()).getScore();
        int residual = m.rate(latest.get().getResidual()).getScore();
        if (target > residual) {
          report.warning(
              "RISK_ACTION_TARGET_ABOVE_RESIDUAL",
              action.getAction().getId().toString(),
              "action "
                  + action.getAction().getId()
                  + " on risk "
                  + action.getRiskId()
                  + " aims at "
                  + action.getTarget()
                  + " (score "
                  + target
                  + "), above the latest residual "
                  + latest.get().getResidual()
                  + " (score "
                  + residual
                  + ")");
        }
      }
    }
    for (RiskAssessment a : getAssessments()) {
      MatrixCell implied = a.getResidualImpliedByControls();
      if (!a.getControls().isEmpty() && !implied.equals(a.getResidual())) {
        report.info(
            "RISK_ASSESSMENT_CONTROLS_DIFFER",
            a.getRiskId().toString(),
            "assessment of risk "
                + a.getRiskId()
                + " on "
                + a.getAssessedOn()
                + " gives residual "
                + a.getResidual()
                + " but its controls' reductions put the risk at "
                + implied);
      }
    }
    return report.build();
  }

  // ---------------------------------------------------------------- invariants

  @Value.Check
  void check() {
    checkArgument(!getName().isBlank(), "risk register name is blank");
    checkArgument(!getCategories().isEmpty(), "risk register '%s' knows no category", getName());
    Map<RiskId, Risk> current = new HashMap<>();
    for (Risk r : getRiskRecords()) {
      checkArgument(
          getCategories().contains(r.getCategory()),
          "risk %s has unknown risk category %s; risk register '%s' knows %s",
          r.getId(),
          r.getCategory(),
          getName(),
          getCategories());
      Risk previous = current.put(r.getId(), r);
      if (previous != null) {
        checkArgument(
            previous.getRaisedOn().equals(r.getRaisedOn()),
            "risk %s version of %s changes the raised-on date from %s to %s",
            r.getId(),
            r.getRecordedOn(),
            previous.getRaisedOn(),
            r.getRaisedOn());
        checkArgument(
            !r.getRecordedOn().isBefore(previous.getRecordedOn()),
            "risk %s version recorded on %s is before the current version of %s",
            r.getId(),
            r.getRecordedOn(),
            previous.getRecordedOn());
      }
    }
    Map<RiskId, LocalDate> lastAssessed = new HashMap<>();
    for (RiskAssessment a : getAssessments()) {
      Risk r = current.get(a.getRiskId());
      checkArgument(
          r != null,
          "assessment on %s is of risk %s, which is not on risk register '%s'",
          a.getAssessedOn(),
          a.getRiskId(),
          getName());
      checkArgument(
          !a.getAssessedOn().isBefore(r.getRaisedOn()),
          "assessment of risk %s is dated %s, before the risk was raised on %s",
          a.getRiskId(),
          a.getAssessedOn(),
          r.getRaisedOn());
      LocalDate before = lastAssessed.put(a.getRiskId(), a.getAssessedOn());
      checkArgument(
          before == null || !a.getAssessedOn().isBefore(before),
          "assessment of risk %s is dated %s, before its previous assessment of %s",
          a.getRiskId(),
          a.getAssessedOn(),
          before);
      RiskMatrix m = getMatrices().effectiveOn(a.getAssessedOn()).orElse(null);
      checkArgument(
          m != null,
          "assessment of risk %s is dated %s, when risk register '%s' has no matrix in force",
          a.getRiskId(),
          a.getAssessedOn(),
          getName());
      for (ScoreKind kind : ScoreKind.values()) {
        checkOnMatrix(m, a.cell(kind), "assessment of risk " + a.getRiskId() + " on "
            + a.getAssessedOn() + ": " + kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (RiskAction action : getActions()) {
      checkArgument(
          current.containsKey(action.getRiskId()),
          "action %s is on risk %s, which is not on risk register '%s'",
          action.getAction().getId(),
          action.getRiskId(),
          getName());
      checkOnMatrix(getMatrices().latest(), action.getTarget(),
          "action " + action.getAction().getId() + " target");
    }
    for (RiskAppetite ap : getAppetites()) {
      checkArgument(
          getCategories().contains(ap.getCategory()),
          "risk appetite has unknown risk category %s; risk register '%s' knows %s",
          ap.getCategory(),
          getName(),
          getCategories());
      for (RiskMatrix m : getMatrices().getVersions()) {
        checkArgument(
            ap.getAppetite() <= m.getMaximumScore(),
            "risk appetite %s for category %s is above the maximum score %s of risk matrix '%s'",
            ap.getAppetite(),
            ap.getCategory(),
            m.getMaximumScore(),
            m.getName());
        checkArgument(
            ap.getToleranceLimit() <= m.getMaximumScore(),
            "risk appetite %s plus tolerance %s for category %s is %s, above the maximum score %s"
                + " of risk matrix '%s'",
            ap.getAppetite(),
            ap.getTolerance(),
            ap.getCategory(),
            ap.getToleranceLimit(),
            m.getMaximumScore(),
            m.getName());
      }
    }
  }

  private static void checkOnMatrix(RiskMatrix m, MatrixCell cell, String context) {
    try {
      m.score(cell.getLikelihood(), cell.getImpact());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(context + " " + e.getMessage(), e);
    }
  }

  /** Builds a {@link RiskRegister}. */
  public static class Builder extends ImmutableRiskRegister.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
