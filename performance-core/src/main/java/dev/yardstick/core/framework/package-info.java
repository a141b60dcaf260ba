/**
 * The performance framework: the pieces of the performance-management "jigsaw" (standards,
 * objectives, targets, outcomes, improvement actions and contracts) as immutable values linked by
 * typed identifiers, held together by {@link dev.yardstick.core.framework.PerformanceFramework}.
 *
 * <pre>{@code
 * Objective plan = Objective.builder()
 *     .id(ObjectiveId.of("SP1"))
 *     .title("Help older people live independently at home")
 *     .level(ObjectiveLevel.SERVICE_PLAN)
 *     .owner(OwnerRole.of("Head of Adult Services"))
 *     .addIndicators(IndicatorCode.of("C32"))
 *     .build();
 * PerformanceFramework framework = PerformanceFramework.builder()
 *     .name("Adult social care service plan 2003-04")
 *     .addObjectives(plan)
 *     .build();
 * ValidationReport report = framework.validate();
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.framework;

import org.jspecify.annotations.NullMarked;
