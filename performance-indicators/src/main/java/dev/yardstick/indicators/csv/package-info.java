/**
 * CSV exchange of indicator datasets and catalogues (UTF-8, RFC 4180, a header row, spreadsheet
 * formula injection neutralised), and the catalogues that ship with Yardstick.
 *
 * <pre>{@code
 * IndicatorCatalogue paf = ShippedCatalogues.paf();
 * IndicatorDataset dataset;
 * try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
 *   dataset = DatasetCsv.read(in, paf);        // CsvReadException names line and column
 * }
 * StringBuilder out = new StringBuilder();
 * DatasetCsv.write(dataset, out);
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
package dev.yardstick.indicators.csv;

import org.jspecify.annotations.NullMarked;
