package dev.yardstick.core.organisation;

/**
 * The kind of an organisation, which says, among other things, whether it is a social-services
 * authority.
 *
 * <p>In England the councils with social-services responsibilities are the counties, the unitary
 * authorities, the metropolitan districts and the London boroughs (with the City of London and the
 * Isles of Scilly); in Wales, the principal councils. Shire districts, in two-tier areas, do not
 * provide social services; combined authorities, NHS bodies and care providers appear as partners
 * and providers.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum OrganisationType {

  /** A county council of a two-tier area, such as Kent; GSS entity code {@code E10}. */
  COUNTY("County council", true),

  /**
   * A unitary authority, such as Hartlepool, including the Isles of Scilly; GSS entity code {@code
   * E06}.
   */
  UNITARY_AUTHORITY("Unitary authority", true),

  /** A metropolitan district council, such as Leeds; GSS entity code {@code E08}. */
  METROPOLITAN_DISTRICT("Metropolitan district", true),

  /**
   * A London borough council, such as Tower Hamlets, including the City of London; GSS entity code
   * {@code E09}.
   */
  LONDON_BOROUGH("London borough", true),

  /** A Welsh principal council (county or county borough), such as Cardiff; GSS {@code W06}. */
  WELSH_PRINCIPAL_COUNCIL("Welsh principal council", true),

  /**
   * A shire district council of a two-tier area, such as Harlow; GSS entity code {@code E07}. It
   * provides no social services.
   */
  SHIRE_DISTRICT("Shire district", false),

  /** A combined authority of several councils, such as Greater Manchester; GSS {@code E47}. */
  COMBINED_AUTHORITY("Combined authority", false),

  /**
   * An NHS body: a trust, a primary care trust, a clinical commissioning group or an integrated
   * care board.
   */
  NHS_BODY("NHS body", false),

  /** A provider of care services, such as a care home or a domiciliary care agency. */
  PROVIDER("Care provider", false),

  /** Any other organisation, such as a team, a partnership or a voluntary body. */
  OTHER("Other organisation", false);

  private final String label;
  private final boolean socialServicesAuthority;

  OrganisationType(String label, boolean socialServicesAuthority) {
    this.label = label;
    this.socialServicesAuthority = socialServicesAuthority;
  }

  /**
   * Returns the name of the type for people, such as {@code London borough}.
   *
   * @return the label
   */
  public String getLabel() {
    return label;
  }

  /**
   * Tells whether organisations of this type are councils with social-services responsibilities,
   * the bodies that social-services star ratings and PAF indicators cover.
   *
   * @return {@code true} for counties, unitary authorities, metropolitan districts, London boroughs
   *     and Welsh principal councils
   */
  public boolean isSocialServicesAuthority() {
    return socialServicesAuthority;
  }
}
