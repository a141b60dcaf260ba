/**
 * The quarterly performance report: one council's scorecard, exceptions, domain profile, suggested
 * star rating, charts and risks, computed through Yardstick's public API and written as one
 * self-contained HTML file with CSV beside it.
 *
 * <pre>{@code
 * Path html = QuarterlyReport.write(ExampleDataset.build(ExampleDataset.DEFAULT_SEED),
 *     Path.of("target/yardstick-report"), step -> System.out.println(step));
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.examples.report;

import org.jspecify.annotations.NullMarked;
