package dev.yardstick.core.framework;

import static com.google.common.base.Preconditions.checkState;

import dev.yardstick.core.internal.YardstickStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contract with a provider, for "monitoring performance in service delivery through contracts":
 * who provides what service, for what period, held to which key performance indicators.
 *
 * <p>The provider is an organisation (a company, a voluntary body, an NHS trust), named as it
 * trades; contracts with individuals do not belong here. The contract period runs from the start
 * date to the end date, both inclusive.
 *
 * <pre>{@code
 * Contract homeCare = Contract.builder()
 *     .id(ContractId.of("HC-NORTH"))
 *     .provider("Northside Home Care Ltd")
 *     .service("Home care for older people, north locality")
 *     .serviceArea(ServiceArea.OLDER_PEOPLE)
 *     .start(LocalDate.of(2003, 4, 1))
 *     .end(LocalDate.of(2006, 3, 31))
 *     .addKpis(ContractKpi.of(IndicatorCode.of("LOCAL HC1"), TargetId.of("T-HC1")))
 *     .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
@Value.Immutable
@YardstickStyle
public abstract class Contract {

  Contract() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of this contract.
   *
   * @return the identifier
   */
  public abstract ContractId getId();

  /**
   * Returns the provider organisation's name.
   *
   * @return the provider
   */
  public abstract String getProvider();

  /**
   * Returns the service bought.
   *
   * @return a description of the service
   */
  public abstract String getService();

  /**
   * Returns the service area of the service bought.
   *
   * @return the service area, or empty if it spans areas
   */
  public abstract Optional<ServiceArea> getServiceArea();

  /**
   * Returns the first day of the contract period.
   *
   * @return the start date, inclusive
   */
  public abstract LocalDate getStart();

  /**
   * Returns the last day of the contract period.
   *
   * @return the end date, inclusive
   */
  public abstract LocalDate getEnd();

  /**
   * Returns the contract's key performance indicators, in the order given.
   *
   * @return the KPIs, an unmodifiable list; empty for a contract monitored by other means
   */
  public abstract List<ContractKpi> getKpis();

  /**
   * Tells whether the contract is in force on a date.
   *
   * @param date the date
   * @return {@code true} if the date is within the contract period, both ends inclusive
   */
  public boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  @Value.Check
  void check() {
    Texts.label(getProvider(), "contract provider");
    Texts.label(getService(), "contract service");
    checkState(
        !getEnd().isBefore(getStart()),
        "contract %s ends on %s, before it starts on %s",
        getId(),
        getEnd(),
        getStart());
  }

  /** Builds a {@link Contract}. */
  public static class Builder extends ImmutableContract.Builder {
    /** Creates a builder with nothing set; prefer {@link Contract#builder()}. */
    public Builder() {}
  }
}
