package dev.yardstick.core.organisation;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class OrganisationIdPropertyTest {

  @Test
  void parse_ofToString_isTheIdentifier() {
    qt().forAll(OrganisationGenerators.organisationIds())
        .check(id -> OrganisationId.parse(id.toString()).equals(id));
  }

  @Test
  void compareTo_isConsistentWithEquals() {
    qt().forAll(OrganisationGenerators.organisationIds(), OrganisationGenerators.organisationIds())
        .check(
            (a, b) ->
                (a.compareTo(b) == 0) == a.equals(b)
                    && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }
}
