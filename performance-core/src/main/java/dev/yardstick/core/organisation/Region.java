package dev.yardstick.core.organisation;

/**
 * A region: the nine English regions (formerly Government Office regions) and the other countries
 * of the United Kingdom, each with its GSS code.
 *
 * <p>Regions are the usual comparator group after statistical neighbours: a council's figure is set
 * beside its region's and England's. The English regions have GSS entity code {@code E12}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum Region {

  /** North East, {@code E12000001}. */
  NORTH_EAST("North East", "E12000001"),

  /** North West, {@code E12000002}. */
  NORTH_WEST("North West", "E12000002"),

  /** Yorkshire and The Humber, {@code E12000003}. */
  YORKSHIRE_AND_THE_HUMBER("Yorkshire and The Humber", "E12000003"),

  /** East Midlands, {@code E12000004}. */
  EAST_MIDLANDS("East Midlands", "E12000004"),

  /** West Midlands, {@code E12000005}. */
  WEST_MIDLANDS("West Midlands", "E12000005"),

  /** East of England, {@code E12000006}. */
  EAST_OF_ENGLAND("East of England", "E12000006"),

  /** London, {@code E12000007}. */
  LONDON("London", "E12000007"),

  /** South East, {@code E12000008}. */
  SOUTH_EAST("South East", "E12000008"),

  /** South West, {@code E12000009}. */
  SOUTH_WEST("South West", "E12000009"),

  /** Wales as a whole, {@code W92000004}. */
  WALES("Wales", "W92000004"),

  /** Scotland as a whole, {@code S92000003}. */
  SCOTLAND("Scotland", "S92000003"),

  /** Northern Ireland as a whole, {@code N92000002}. */
  NORTHERN_IRELAND("Northern Ireland", "N92000002");

  private final String regionName;
  private final OrganisationId id;

  Region(String regionName, String gssCode) {
    this.regionName = regionName;
    this.id = OrganisationId.gss(gssCode);
  }

  /**
   * Returns the official name of the region, such as {@code Yorkshire and The Humber}.
   *
   * @return the name
   */
  public String getName() {
    return regionName;
  }

  /**
   * Returns the GSS code of the region, such as {@code E12000001} for the North East.
   *
   * @return the identifier
   */
  public OrganisationId getId() {
    return id;
  }

  /**
   * Tells whether this is one of the nine English regions.
   *
   * @return {@code true} for an English region; {@code false} for Wales, Scotland and Northern
   *     Ireland
   */
  public boolean isEnglish() {
    return id.getCode().startsWith("E");
  }
}
