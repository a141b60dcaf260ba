/**
 * Validation reports: the issues found by business-rule checks, which report every problem rather
 * than throw at the first.
 *
 * <pre>{@code
 * ValidationReport report = ValidationReport.builder()
 *     .error("TARGET_DUPLICATE", "PAF A1 2003-04", "two targets are set for one period")
 *     .build();
 * if (!report.isValid()) {
 *   report.getErrors().forEach(System.out::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.core.validation;

import org.jspecify.annotations.NullMarked;
