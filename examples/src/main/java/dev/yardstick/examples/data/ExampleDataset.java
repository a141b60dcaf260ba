package dev.yardstick.examples.data;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Comparison;
import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.framework.LogicModelLevel;
import dev.yardstick.core.framework.Objective;
import dev.yardstick.core.framework.ObjectiveId;
import dev.yardstick.core.framework.ObjectiveLevel;
import dev.yardstick.core.framework.Outcome;
import dev.yardstick.core.framework.OutcomeId;
import dev.yardstick.core.framework.OutcomeIndicator;
import dev.yardstick.core.framework.OwnerRole;
import dev.yardstick.core.framework.PerformanceFramework;
import dev.yardstick.core.framework.RbaQuestion;
import dev.yardstick.core.framework.ServiceArea;
import dev.yardstick.core.framework.Standard;
import dev.yardstick.core.framework.StandardCriterion;
import dev.yardstick.core.framework.StandardId;
import dev.yardstick.core.framework.Target;
import dev.yardstick.core.framework.TargetId;
import dev.yardstick.core.framework.TargetKind;
import dev.yardstick.core.framework.TargetProfile;
import dev.yardstick.core.framework.TargetProvenance;
import dev.yardstick.core.framework.TargetScope;
import dev.yardstick.core.framework.Tolerance;
import dev.yardstick.core.measure.MeasureKind;
import dev.yardstick.core.measure.Polarity;
import dev.yardstick.core.measure.RoundingPolicy;
import dev.yardstick.core.measure.Unit;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.organisation.OrganisationType;
import dev.yardstick.core.period.FinancialQuarter;
import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.period.Frequency;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.IndicatorCatalogue;
import dev.yardstick.indicators.IndicatorDefinition;
import dev.yardstick.indicators.IndicatorValue;
import dev.yardstick.indicators.benchmark.NeighbourGroup;
import dev.yardstick.indicators.benchmark.StatisticalNeighbours;
import dev.yardstick.indicators.csv.ShippedCatalogues;
import dev.yardstick.indicators.dataset.IndicatorDataset;
import dev.yardstick.indicators.formula.FormulaResult;
import dev.yardstick.indicators.formula.FormulaValue;
import dev.yardstick.indicators.formula.IndicatorFormula;
import dev.yardstick.risk.RiskRegister;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the quarterly report is made from, built at run time from a seed: 150 councils, 24
 * catalogue indicators over eight financial years (2017-18 to 2024-25, three of them quarterly),
 * the case records of the report's council with five indicators computed from them by the formula
 * engine, its statistical neighbours, its performance framework (objectives, outcomes, a standard
 * and 14 targets) and its risk register.
 *
 * <pre>{@code
 * ExampleDataset data = ExampleDataset.build(ExampleDataset.DEFAULT_SEED);
 * IndicatorSeries a1 = data.getDataset().series(IndicatorCode.of("A1"), data.getCouncil().getId());
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class ExampleDataset {

  /** The seed of the report. */
  public static final long DEFAULT_SEED = SyntheticCouncils.DEFAULT_SEED;

  /** The first financial year of the data. */
  public static final FinancialYear FIRST_YEAR = FinancialYear.of(2017);

  /** The number of financial years. */
  public static final int YEARS = 8;

  /** The year the report is about: its last quarter is the report's quarter. */
  public static final FinancialYear REPORT_YEAR = FIRST_YEAR.plusYears(YEARS - 1L);

  /** The quarter of the report. */
  public static final FinancialQuarter REPORT_QUARTER = FinancialQuarter.of(REPORT_YEAR, 4);

  /** The council's own indicator of complaints answered within 20 working days. */
  public static final IndicatorCode LOCAL_COMPLAINTS = IndicatorCode.of("LOCAL 1");

  /** The indicators whose figures for the council come from its case records. */
  public static final Set<IndicatorCode> FROM_CASE_RECORDS =
      Set.of(
          IndicatorCode.of("A1"),
          IndicatorCode.of("C20"),
          IndicatorCode.of("D54"),
          IndicatorCode.of("E49"),
          LOCAL_COMPLAINTS);

  private final List<CouncilProfile> councils;
  private final CouncilProfile council;
  private final IndicatorCatalogue catalogue;
  private final IndicatorDataset dataset;
  private final List<IndicatorCode> indicators;
  private final CaseRecords cases;
  private final NeighbourGroup neighbours;
  private final PerformanceFramework framework;
  private final RiskRegister register;

  private ExampleDataset(
      List<CouncilProfile> councils,
      CouncilProfile council,
      IndicatorCatalogue catalogue,
      IndicatorDataset dataset,
      List<IndicatorCode> indicators,
      CaseRecords cases,
      NeighbourGroup neighbours,
      PerformanceFramework framework,
      RiskRegister register) {
    this.councils = councils;
    this.council = council;
    this.catalogue = catalogue;
    this.dataset = dataset;
    this.indicators = List.copyOf(indicators);
    this.cases = cases;
    this.neighbours = neighbours;
    this.framework = framework;
    this.register = register;
  }

  /**
   * Builds the data.
   *
   * @param seed the seed; the same seed gives the same data
   * @return the data
   */
  public static ExampleDataset build(long seed) {
    List<CouncilProfile> councils = SyntheticCouncils.generate(seed);
    CouncilProfile council = chooseCouncil(councils);
    OrganisationId focus = council.getId();
    IndicatorCatalogue catalogue =
        ShippedCatalogues.paf()
            .plus(ShippedCatalogues.ascof())
            .plus(IndicatorCatalogue.of(List.of(localComplaints())));

    Map<String, IndicatorValue> values = new LinkedHashMap<>();
    List<IndicatorRecipe> recipes = ExampleIndicators.recipes();
    List<SyntheticIndicators.Shift> shifts =
        List.of(
            SyntheticIndicators.Shift.of(IndicatorCode.of("A2"), focus, 16, 9),
            SyntheticIndicators.Shift.of(IndicatorCode.of("C28"), focus, 20, 1.5),
            SyntheticIndicators.Shift.of(IndicatorCode.of("C26"), focus, 20, -22),
            SyntheticIndicators.Shift.of(IndicatorCode.of("ASCOF 2C"), focus, 12, -90),
            SyntheticIndicators.Shift.of(IndicatorCode.of("C32"), focus, 24, 6),
            SyntheticIndicators.Shift.of(IndicatorCode.of("D39"), focus, 20, 4));
    SyntheticIndicators.generate(
        councils,
        recipes,
        FIRST_YEAR,
        YEARS,
        seed,
        shifts,
        (code, organisation, period, numerator, denominator) -> {
          if (organisation.equals(focus) && FROM_CASE_RECORDS.contains(code)) {
            return;
          }
          put(
              values,
              IndicatorValue.fromRatio(
                  definition(catalogue, code, period),
                  organisation,
                  period,
                  numerator,
                  denominator));
        });

    CaseRecords cases = CaseRecords.generate(council, FIRST_YEAR, YEARS, seed + 1);
    List<ReportingPeriod> years = new ArrayList<>();
    List<ReportingPeriod> yearsAndQuarters = new ArrayList<>();
    for (int y = 0; y < YEARS; y++) {
      years.add(FIRST_YEAR.plusYears(y));
      yearsAndQuarters.add(FIRST_YEAR.plusYears(y));
      for (int q = 1; q <= 4; q++) {
        yearsAndQuarters.add(FinancialQuarter.of(FIRST_YEAR.plusYears(y), q));
      }
    }
    addFormula(
        values,
        catalogue,
        focus,
        IndicatorCode.of("A1"),
        ExampleFormulas.PAF_A1.evaluate(cases.getChildren(), years));
    addFormula(
        values,
        catalogue,
        focus,
        IndicatorCode.of("C20"),
        ExampleFormulas.PAF_C20.evaluate(cases.getReviews(), yearsAndQuarters));
    addFormula(
        values,
        catalogue,
        focus,
        IndicatorCode.of("D54"),
        ExampleFormulas.PAF_D54.evaluate(cases.getEquipment(), yearsAndQuarters));
    IndicatorFormula<CaseRecords.Assessment> e49 =
        ExampleFormulas.pafE49(council, FIRST_YEAR, YEARS);
    addFormula(
        values,
        catalogue,
        focus,
        IndicatorCode.of("E49"),
        e49.evaluate(cases.getAssessments(), years));
    addFormula(
        values,
        catalogue,
        focus,
        LOCAL_COMPLAINTS,
        ExampleFormulas.LOCAL_COMPLAINTS.evaluate(cases.getComplaints(), yearsAndQuarters));

    comment(
        values,
        IndicatorCode.of("D54"),
        focus,
        REPORT_YEAR,
        "A new community equipment contract began in October 2023; deliveries have been slower"
            + " since. A recovery plan with the provider was agreed in January 2025.");
    comment(
        values,
        IndicatorCode.of("A2"),
        focus,
        REPORT_YEAR,
        "The virtual school's tutoring programme for care leavers continues to lift results.");
    comment(
        values,
        IndicatorCode.of("ASCOF 2C"),
        focus,
        REPORT_YEAR,
        "The definition changed in April 2024 (new population base), so this year is not"
            + " compared with last.");

    IndicatorDataset dataset = IndicatorDataset.of(values.values());
    List<IndicatorCode> indicators = new ArrayList<>();
    for (IndicatorRecipe recipe : recipes) {
      indicators.add(recipe.getCode());
    }
    indicators.add(LOCAL_COMPLAINTS);
    NeighbourGroup neighbours =
        StatisticalNeighbours.withDefaults()
            .find(SyntheticCouncils.neighbourVariables(councils), focus, FIRST_YEAR.getStart());
    return new ExampleDataset(
        councils,
        council,
        catalogue,
        dataset,
        indicators,
        cases,
        neighbours,
        framework(focus),
        ExampleRisks.register());
  }

  /**
   * Returns a copy in which one of the council's values in the report year carries a commentary.
   *
   * @param indicator the indicator
   * @param commentary the commentary, free text from a user
   * @return the copy
   * @throws IllegalArgumentException if the council has no value of the indicator in the year
   */
  public ExampleDataset withCommentary(IndicatorCode indicator, String commentary) {
    Objects.requireNonNull(commentary, "commentary");
    IndicatorValue value =
        dataset
            .get(indicator, council.getId(), REPORT_YEAR)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the council has no value of " + indicator + " in " + REPORT_YEAR));
    List<IndicatorValue> all = new ArrayList<>();
    for (IndicatorValue v : dataset) {
      all.add(
          v.equals(value) ? IndicatorValue.builder().from(v).commentary(commentary).build() : v);
    }
    return new ExampleDataset(
        councils,
        council,
        catalogue,
        IndicatorDataset.of(all),
        indicators,
        cases,
        neighbours,
        framework,
        register);
  }

  /**
   * Returns the councils.
   *
   * @return 150 councils
   */
  public List<CouncilProfile> getCouncils() {
    return councils;
  }

  /**
   * Returns the council the report is about.
   *
   * @return the council
   */
  public CouncilProfile getCouncil() {
    return council;
  }

  /**
   * Returns the catalogue: PAF, ASCOF and the council's local indicator.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue getCatalogue() {
    return catalogue;
  }

  /**
   * Returns every figure of every council.
   *
   * @return the dataset
   */
  public IndicatorDataset getDataset() {
    return dataset;
  }

  /**
   * Returns the indicators of the report, in catalogue order of the recipes.
   *
   * @return 25 indicator codes
   */
  public List<IndicatorCode> getIndicators() {
    return indicators;
  }

  /**
   * Returns the council's case records.
   *
   * @return the records
   */
  public CaseRecords getCases() {
    return cases;
  }

  /**
   * Returns the council's ten statistical neighbours.
   *
   * @return the neighbours
   */
  public NeighbourGroup getNeighbours() {
    return neighbours;
  }

  /**
   * Returns the council's performance framework.
   *
   * @return the framework
   */
  public PerformanceFramework getFramework() {
    return framework;
  }

  /**
   * Returns the council's risk register.
   *
   * @return the register
   */
  public RiskRegister getRegister() {
    return register;
  }

  /**
   * Returns a council's name.
   *
   * @param id the council's code
   * @return its name
   * @throws IllegalArgumentException if no council has the code
   */
  public String nameOf(OrganisationId id) {
    return SyntheticCouncils.find(councils, id)
        .orElseThrow(() -> new IllegalArgumentException("no council has code " + id))
        .getName();
  }

  private static CouncilProfile chooseCouncil(List<CouncilProfile> councils) {
    return councils.stream()
        .filter(c -> c.getOrganisation().getType() == OrganisationType.UNITARY_AUTHORITY)
        .filter(c -> c.getDeprivation() >= 20 && c.getDeprivation() <= 28)
        .filter(c -> c.totalPopulation(0) >= 180_000)
        .findFirst()
        .orElseThrow();
  }

  private static IndicatorDefinition localComplaints() {
    return IndicatorDefinition.builder()
        .code(LOCAL_COMPLAINTS)
        .title("Complaints answered within 20 working days")
        .description(
            "Complaints about social services answered in the period within 20 working"
                + " days of being received, as a percentage of the complaints answered")
        .unit(Unit.PERCENTAGE)
        .polarity(Polarity.HIGHER_IS_BETTER)
        .measureKind(MeasureKind.RATIO)
        .frequency(Frequency.QUARTERLY)
        .rounding(RoundingPolicy.ONE_DECIMAL_PLACE)
        .effectiveFrom(LocalDate.of(2010, 4, 1))
        .domain(Domain.PAF_QUALITY)
        .serviceArea(ServiceArea.CORPORATE)
        .dataSource("The council's complaints system")
        .build();
  }

  private static IndicatorDefinition definition(
      IndicatorCatalogue catalogue, IndicatorCode code, ReportingPeriod period) {
    return catalogue
        .find(code, period)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "indicator " + code + " has no definition in force for " + period));
  }

  private static void put(Map<String, IndicatorValue> values, IndicatorValue v) {
    values.put(v.getIndicator() + "|" + v.getOrganisation() + "|" + v.getPeriod(), v);
  }

  private static void addFormula(
      Map<String, IndicatorValue> values,
      IndicatorCatalogue catalogue,
      OrganisationId focus,
      IndicatorCode code,
      FormulaResult result) {
    for (FormulaValue v : result.getValues()) {
      if (v.getDimension().isPresent()) {
        continue;
      }
      IndicatorDefinition definition = definition(catalogue, code, v.getPeriod());
      put(
          values,
          IndicatorValue.fromRatio(
              definition, focus, v.getPeriod(), v.getNumerator(), v.getDenominator()));
    }
  }

  private static void comment(
      Map<String, IndicatorValue> values,
      IndicatorCode code,
      OrganisationId focus,
      ReportingPeriod period,
      String text) {
    String key = code + "|" + focus + "|" + period;
    IndicatorValue v = values.get(key);
    checkArgument(v != null, "no value %s to comment on", key);
    values.put(key, IndicatorValue.builder().from(v).commentary(text).build());
  }

  private static PerformanceFramework framework(OrganisationId council) {
    OwnerRole dcs = OwnerRole.of("Director of Children's Services");
    OwnerRole dass = OwnerRole.of("Director of Adult Social Services");
    List<Target> targets = new ArrayList<>();
    targets.add(target(council, "A1", TargetKind.AT_MOST, "10", Unit.PERCENTAGE, "1"));
    targets.add(target(council, "A2", TargetKind.AT_LEAST, "60", Unit.PERCENTAGE, "3"));
    targets.add(target(council, "C19", TargetKind.AT_LEAST, "85", Unit.PERCENTAGE, "2"));
    targets.add(target(council, "C20", TargetKind.AT_LEAST, "96", Unit.PERCENTAGE, "2"));
    targets.add(target(council, "C23", TargetKind.AT_LEAST, "8", Unit.PERCENTAGE, "1"));
    targets.add(target(council, "D39", TargetKind.AT_LEAST, "90", Unit.PERCENTAGE, "2"));
    targets.add(target(council, "D54", TargetKind.AT_LEAST, "88", Unit.PERCENTAGE, "3"));
    targets.add(target(council, "C26", TargetKind.AT_MOST, "75", Unit.rate(10_000), "5"));
    targets.add(target(council, "C28", TargetKind.AT_LEAST, "12", Unit.PER_1_000, "1"));
    targets.add(target(council, "C32", TargetKind.AT_LEAST, "80", Unit.PER_1_000, "5"));
    targets.add(target(council, "E49", TargetKind.AT_LEAST, "90", Unit.PER_1_000, "5"));
    targets.add(target(council, "ASCOF 2C", TargetKind.AT_MOST, "560", Unit.PER_100_000, "30"));
    targets.add(target(council, "ASCOF 3D(1a)", TargetKind.AT_LEAST, "90", Unit.PERCENTAGE, "2"));
    targets.add(target(council, "LOCAL 1", TargetKind.AT_LEAST, "85", Unit.PERCENTAGE, "5"));
    return PerformanceFramework.builder()
        .name("Social services plan " + REPORT_YEAR)
        .organisation(council)
        .addObjectives(
            objective(
                "CS-1",
                "Children in care live in stable, local placements",
                dcs,
                ServiceArea.CHILDREN_AND_FAMILIES,
                "A1",
                "D78",
                "C23"),
            objective(
                "CS-2",
                "Children at risk are protected by timely reviews",
                dcs,
                ServiceArea.CHILDREN_AND_FAMILIES,
                "C20",
                "A3",
                "C21"),
            objective(
                "AS-1",
                "Older and disabled people live independently at home",
                dass,
                ServiceArea.ADULTS,
                "C32",
                "C28",
                "D54",
                "D39"),
            objective(
                "AS-2",
                "Fewer people need residential care",
                dass,
                ServiceArea.ADULTS,
                "C26",
                "ASCOF 2C",
                "ASCOF 2B"))
        .addOutcomes(
            Outcome.builder()
                .id(OutcomeId.of("OUT-HOME"))
                .statement("Older people live independently at home for longer")
                .population("People aged 65 and over")
                .serviceArea(ServiceArea.OLDER_PEOPLE)
                .addIndicators(
                    OutcomeIndicator.of(
                        IndicatorCode.of("C32"),
                        RbaQuestion.HOW_MUCH_DID_WE_DO,
                        LogicModelLevel.OUTPUT))
                .addIndicators(
                    OutcomeIndicator.of(
                        IndicatorCode.of("ASCOF 2C"),
                        RbaQuestion.IS_ANYONE_BETTER_OFF,
                        LogicModelLevel.OUTCOME))
                .build())
        .addStandards(
            Standard.builder()
                .id(StandardId.of("STD-EQUIP"))
                .statement("You will get the equipment you need within a week of assessment")
                .serviceArea(ServiceArea.PHYSICAL_DISABILITY)
                .effectiveFrom(LocalDate.of(2017, 4, 1))
                .publishedToServiceUsers(true)
                .addCriteria(
                    StandardCriterion.threshold(
                        "Equipment delivered within 7 working days",
                        IndicatorCode.of("D54"),
                        Comparison.AT_LEAST,
                        new BigDecimal("85")))
                .build())
        .addAllTargets(targets)
        .build();
  }

  private static Objective objective(
      String id, String title, OwnerRole owner, ServiceArea area, String... indicators) {
    Objective.Builder b =
        Objective.builder()
            .id(ObjectiveId.of(id))
            .title(title)
            .level(ObjectiveLevel.SERVICE_PLAN)
            .owner(owner)
            .serviceArea(area);
    for (String code : indicators) {
      b.addIndicators(IndicatorCode.of(code));
    }
    return b.build();
  }

  private static Target target(
      OrganisationId council,
      String code,
      TargetKind kind,
      String value,
      Unit unit,
      String tolerance) {
    return Target.builder()
        .id(TargetId.of("T-" + code.replace(' ', '-').replace("(", "").replace(")", "")))
        .indicator(IndicatorCode.of(code))
        .scope(TargetScope.organisation(council))
        .period(REPORT_YEAR)
        .kind(kind)
        .value(new BigDecimal(value))
        .unit(unit)
        .tolerance(Tolerance.absolute(new BigDecimal(tolerance)))
        .provenance(TargetProvenance.LOCAL_STRETCH)
        .profile(TargetProfile.constant())
        .build();
  }
}
