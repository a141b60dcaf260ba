package dev.yardstick.indicators.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.yardstick.core.framework.Domain;
import dev.yardstick.core.framework.IndicatorCode;
import dev.yardstick.core.internal.YardstickStyle;
import dev.yardstick.core.organisation.OrganisationId;
import dev.yardstick.core.period.ReportingPeriod;
import dev.yardstick.indicators.benchmark.PafBand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The balance of an organisation's performance across the domains of a framework: for each domain,
 * how many indicators sit in each PAF band, how many have no band, and the change since last year.
 *
 * <p>Councils drew this "balanced profile" to see at a glance whether strength in one domain (say,
 * cost and efficiency) hid weakness in another (say, quality of services for users and carers)
 * (domain reference sections 0 and 2.2). Every domain asked for has a row, including one with no
 * indicators, so an empty domain is shown, not dropped.
 *
 * <pre>{@code
 * DomainProfile profile = DomainProfile.of(council, FinancialYear.of(2003), Domain.pafDomains(),
 *     entries);
 * profile.getRow(Domain.PAF_QUALITY).getCounts().getGoodOrBetter();
 * profile.getRow(Domain.PAF_QUALITY).getChange(5);   // more or fewer "very good" than last year
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class DomainProfile {

  DomainProfile() {}

  /**
   * Builds the profile from each indicator's band this year and last.
   *
   * @param organisation the organisation profiled
   * @param period the period profiled
   * @param domains the domains to show, in order, such as {@link Domain#pafDomains()}
   * @param entries one per indicator
   * @return the profile
   * @throws IllegalArgumentException if an entry's domain is not among {@code domains}, or an
   *     indicator has two entries; the message names it
   */
  public static DomainProfile of(
      OrganisationId organisation,
      ReportingPeriod period,
      List<Domain> domains,
      Collection<ProfileEntry> entries) {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(domains, "domains");
    Objects.requireNonNull(entries, "entries");
    Map<Domain, List<ProfileEntry>> byDomain = new LinkedHashMap<>();
    for (Domain domain : domains) {
      byDomain.put(Objects.requireNonNull(domain, "domain"), new ArrayList<>());
    }
    Set<IndicatorCode> seen = new HashSet<>();
    for (ProfileEntry entry : entries) {
      checkArgument(
          seen.add(entry.getIndicator()),
          "indicator %s has two profile entries",
          entry.getIndicator());
      List<ProfileEntry> list = byDomain.get(entry.getDomain());
      checkArgument(
          list != null,
          "indicator %s is in domain %s, which the profile does not show",
          entry.getIndicator(),
          entry.getDomain());
      list.add(entry);
    }
    Builder profile = builder().organisation(organisation).period(period);
    for (Map.Entry<Domain, List<ProfileEntry>> domain : byDomain.entrySet()) {
      List<PafBand> now = new ArrayList<>();
      List<PafBand> before = new ArrayList<>();
      int notBanded = 0;
      int improved = 0;
      int worsened = 0;
      for (ProfileEntry entry : domain.getValue()) {
        entry.getBand().ifPresent(now::add);
        entry.getPreviousBand().ifPresent(before::add);
        if (entry.getBand().isEmpty()) {
          notBanded++;
        }
        if (entry.getBand().isPresent() && entry.getPreviousBand().isPresent()) {
          int step = entry.getBand().get().compareTo(entry.getPreviousBand().get());
          improved += step > 0 ? 1 : 0;
          worsened += step < 0 ? 1 : 0;
        }
      }
      profile.addRows(
          DomainProfileRow.builder()
              .domain(domain.getKey())
              .counts(BandCounts.fromPafBands(now))
              .previousCounts(BandCounts.fromPafBands(before))
              .notBanded(notBanded)
              .improved(improved)
              .worsened(worsened)
              .build());
    }
    return profile.build();
  }

  /**
   * Returns a builder, for users' own tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organisation profiled.
   *
   * @return the organisation
   */
  public abstract OrganisationId getOrganisation();

  /**
   * Returns the period profiled; "last year" is the period before it.
   *
   * @return the period
   */
  public abstract ReportingPeriod getPeriod();

  /**
   * Returns one row per domain, in the order asked for.
   *
   * @return the rows
   */
  public abstract List<DomainProfileRow> getRows();

  /**
   * Returns a domain's row.
   *
   * @param domain the domain
   * @return the row, or empty if the profile does not show the domain
   */
  public Optional<DomainProfileRow> getRow(Domain domain) {
    Objects.requireNonNull(domain, "domain");
    return getRows().stream().filter(row -> row.getDomain().equals(domain)).findFirst();
  }

  /**
   * Returns the counts over all domains this year.
   *
   * @return the totals
   */
  public BandCounts getTotal() {
    return getRows().stream()
        .map(DomainProfileRow::getCounts)
        .reduce(BandCounts.none(), BandCounts::plus);
  }

  /**
   * Returns the counts over all domains last year.
   *
   * @return last year's totals
   */
  public BandCounts getPreviousTotal() {
    return getRows().stream()
        .map(DomainProfileRow::getPreviousCounts)
        .reduce(BandCounts.none(), BandCounts::plus);
  }

  /** Builds {@link DomainProfile}s. */
  public static class Builder extends ImmutableDomainProfile.Builder {
    /** Creates an empty builder, as {@link DomainProfile#builder()} does. */
    public Builder() {}
  }
}
