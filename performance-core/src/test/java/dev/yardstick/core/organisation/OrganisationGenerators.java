package dev.yardstick.core.organisation;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of organisations, shared by the property tests. */
final class OrganisationGenerators {

  private OrganisationGenerators() {}

  /** Identifiers of every scheme, with codes of the scheme's form. */
  static Gen<OrganisationId> organisationIds() {
    Gen<OrganisationId> gss =
        Generate.pick(List.of("E", "W", "S", "N", "K"))
            .zip(
                integers().between(0, 99_999_999),
                (country, n) -> OrganisationId.gss(country + String.format("%08d", n)));
    Gen<OrganisationId> dfe =
        integers()
            .between(0, 999)
            .map(n -> OrganisationId.of(OrganisationId.Scheme.DFE, String.format("%03d", n)));
    Gen<OrganisationId> ons =
        integers()
            .between(0, 99)
            .zip(
                Generate.pick(List.of("", "EB", "UB", "AA")),
                (n, s) ->
                    OrganisationId.of(OrganisationId.Scheme.ONS, String.format("%02d", n) + s));
    Gen<OrganisationId> local =
        integers()
            .between(0, 1_000_000)
            .zip(
                Generate.pick(List.of("team-", "Provider_", "x.")),
                (n, p) -> OrganisationId.of(OrganisationId.Scheme.LOCAL, p + n));
    Gen<OrganisationId> ods =
        integers()
            .between(100, 99_999)
            .map(n -> OrganisationId.of(OrganisationId.Scheme.ODS, "R" + n));
    return gss.mix(dfe).mix(ons).mix(local).mix(ods);
  }
}
