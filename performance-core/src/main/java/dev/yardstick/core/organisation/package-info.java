/**
 * Organisations and comparator groups: the codes, names, types and regions of councils and other
 * bodies, and the dated groups they are compared within.
 *
 * <pre>{@code
 * OrganisationId hartlepool = OrganisationId.parse("E06000001"); // or "DFE:805"
 * Organisation council = Organisation.of(hartlepool, "Hartlepool",
 *     OrganisationType.UNITARY_AUTHORITY, Region.NORTH_EAST);
 * ComparatorGroup northEast = ComparatorGroup.builder()
 *     .name("North East").kind(ComparatorGroup.Kind.REGION)
 *     .addMember(hartlepool, LocalDate.of(1998, 4, 1))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.organisation;

import org.jspecify.annotations.NullMarked;
