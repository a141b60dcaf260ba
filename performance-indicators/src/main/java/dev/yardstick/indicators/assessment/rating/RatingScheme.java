package dev.yardstick.indicators.assessment.rating;

import dev.yardstick.core.period.FinancialYear;
import dev.yardstick.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned set of rules that turns inspectors' judgements or scores into an overall rating: the
 * contract shared by the 2002 to 2005 {@link StarRatingScheme social-services star ratings} and the
 * 2023 {@link CqcAssessmentScheme CQC local authority assessment}.
 *
 * <p>Every such scheme follows one pattern: ordinal judgements or 1 to 4 scores, an aggregation,
 * and a category (domain reference section 7). A scheme is data: it names the rating years it
 * applies to, so that last year's judgements are rated by last year's rules, and it checks itself
 * with {@link #validate()}, reporting every problem at once rather than throwing at the first.
 *
 * <p>Implementation requirements: implementations are immutable and thread-safe.
 */
public interface RatingScheme {

  /**
   * Returns the scheme's name, as validation messages and explanations cite it.
   *
   * @return the name, not blank
   */
  String getName();

  /**
   * Returns the first financial year whose performance the scheme rates.
   *
   * @return the first year
   */
  FinancialYear getFirstYear();

  /**
   * Returns the last financial year whose performance the scheme rates, if it was replaced.
   *
   * @return the last year, or empty while the scheme is current
   */
  Optional<FinancialYear> getLastYear();

  /**
   * Tells whether the scheme rates a financial year.
   *
   * @param year the financial year
   * @return {@code true} if the year is within the first and last years
   */
  default boolean appliesTo(FinancialYear year) {
    Objects.requireNonNull(year, "year");
    return year.compareTo(getFirstYear()) >= 0
        && getLastYear().map(last -> year.compareTo(last) <= 0).orElse(true);
  }

  /**
   * Checks the scheme's rules and reports every problem, each naming the rule and the judgements or
   * edge at fault.
   *
   * @return the report; valid when it has no errors
   */
  ValidationReport validate();
}
