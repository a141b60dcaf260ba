package dev.yardstick.indicators.csv;

import dev.yardstick.indicators.IndicatorCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The indicator catalogues that ship with Yardstick, typed in from its domain reference with
 * each entry's sources.
 *
 * <ul>
 *   <li>{@link #paf()}: the social-services Performance Assessment Framework as of its 2002-03
 *       set (the fifth, published November 2003), with the later additions and replacements the
 *       reference dates. The reference identifies 36 of the 50 indicators; codes it does not
 *       confirm are marked {@link dev.yardstick.indicators.DefinitionAttribute#CODE unconfirmed}.
 *   <li>{@link #ascof()}: the Adult Social Care Outcomes Framework measures the reference
 *       describes (2B, 2C, 3D parts 1a and 1b, and the old 2B(1) and 2B(2)), versioned across the
 *       2020 definition change, the 2023-24 renumbering and the 2024 move to Client Level Data.
 * </ul>
 *
 * <p>The data files are {@code paf-2002-03.csv} and {@code ascof.csv} beside this class, in the
 * format of {@link CatalogueCsv}; each begins with comments that say what it holds.
 *
 * <pre>{@code
 * IndicatorCatalogue all = ShippedCatalogues.paf().plus(ShippedCatalogues.ascof());
 * }</pre>
 *
 * <p>Implementation requirements: stateless and thread-safe; each catalogue is loaded once.
 */
public final class ShippedCatalogues {

  private ShippedCatalogues() {}

  /**
   * Returns the PAF catalogue.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue paf() {
    return Paf.CATALOGUE;
  }

  /**
   * Returns the ASCOF catalogue.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue ascof() {
    return Ascof.CATALOGUE;
  }

  private static IndicatorCatalogue load(String resource) {
    try (InputStream stream = ShippedCatalogues.class.getResourceAsStream(resource)) {
      if (stream == null) {
        throw new IllegalStateException("shipped catalogue " + resource + " is not on the path");
      }
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        return CatalogueCsv.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("shipped catalogue " + resource + " cannot be read", e);
    }
  }

  private static final class Paf {
    static final IndicatorCatalogue CATALOGUE = load("paf-2002-03.csv");
  }

  private static final class Ascof {
    static final IndicatorCatalogue CATALOGUE = load("ascof.csv");
  }
}
