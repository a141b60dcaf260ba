package dev.yardstick.indicators.assessment.rating;

/**
 * The two halves of a council's social services that the 2002 to 2005 star ratings judged
 * separately: children's services and adults' services (domain reference section 1.1).
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum ServiceGroup {

  /** Children's services: under-18s and the leaving-care duties. */
  CHILDREN("children's services"),

  /** Adults' services: every other service, older people included. */
  ADULTS("adults' services");

  private final String wording;

  ServiceGroup(String wording) {
    this.wording = wording;
  }

  /**
   * Returns the group as a report writes it, such as {@code children's services}.
   *
   * @return the wording
   */
  public String getWording() {
    return wording;
  }

  /**
   * Returns the other group: adults for children and children for adults.
   *
   * @return the other group
   */
  public ServiceGroup other() {
    return this == CHILDREN ? ADULTS : CHILDREN;
  }
}
