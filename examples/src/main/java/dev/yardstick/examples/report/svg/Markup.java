package dev.yardstick.examples.report.svg;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A writer of markup that is well-formed XML and, at the same time, HTML that a browser parses to
 * the same tree: the one place in the report where text becomes markup.
 *
 * <p>Every element opened is closed in order ({@link #close()} names nothing, so it cannot close
 * the wrong one); every text and attribute value is escaped ({@code &}, {@code <}, {@code >},
 * {@code "}, {@code '}), and characters that XML 1.0 forbids (control characters, lone surrogates)
 * become U+FFFD. Element and attribute names come from the program, never from data, and must be
 * plain names. Outside an {@code svg} element, only HTML's void elements ({@code meta}, {@code br},
 * ...) may be written empty, because an HTML parser reads {@code <div/>} as an open {@code div}.
 *
 * <pre>{@code
 * Markup m = new Markup();
 * m.open("p", "class", "note").text("Values <5 are suppressed").close();
 * m.toString(); // <p class="note">Values &lt;5 are suppressed</p>
 * }</pre>
 *
 * <p>Implementation requirements: mutable and not synchronized; use one per thread.
 */
public final class Markup {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9:-]*");
  private static final Set<String> HTML_VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");
  private static final Set<String> BREAK_AFTER =
      Set.of(
          "html",
          "head",
          "body",
          "style",
          "header",
          "main",
          "footer",
          "section",
          "div",
          "table",
          "thead",
          "tbody",
          "tr",
          "ul",
          "ol",
          "li",
          "p",
          "h1",
          "h2",
          "h3",
          "details",
          "dl",
          "svg",
          "g",
          "title",
          "desc",
          "figure",
          "figcaption",
          "nav",
          "caption");

  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<String> open = new ArrayDeque<>();
  private int svgDepth;

  /** Creates an empty writer. */
  public Markup() {}

  /**
   * Writes an HTML5 document type declaration, which an XML parser also accepts.
   *
   * @return this writer
   * @throws IllegalStateException if anything has been written already
   */
  public Markup doctype() {
    checkState(out.length() == 0, "the document type must come first");
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens an element.
   *
   * @param name the element name, a plain name from the program
   * @param attributes names and values in turn; values are escaped
   * @return this writer
   * @throws IllegalArgumentException if a name is not a plain name or a value has no name
   */
  public Markup open(String name, String... attributes) {
    startTag(name, attributes);
    out.append('>');
    open.push(name);
    if (name.equals("svg")) {
      svgDepth++;
    }
    return this;
  }

  /**
   * Writes an element with no content, {@code <name .../>}: an SVG element, or one of HTML's void
   * elements.
   *
   * @param name the element name
   * @param attributes names and values in turn; values are escaped
   * @return this writer
   * @throws IllegalArgumentException if the element is neither inside {@code svg} nor an HTML void
   *     element, or a name is not a plain name
   */
  public Markup empty(String name, String... attributes) {
    checkArgument(
        svgDepth > 0 || HTML_VOID.contains(name),
        "element %s is not an HTML void element; an HTML parser would leave it open",
        name);
    startTag(name, attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes escaped text.
   *
   * @param text the text, which may come from data
   * @return this writer
   * @throws IllegalStateException if no element is open
   */
  public Markup text(String text) {
    Objects.requireNonNull(text, "text");
    checkState(!open.isEmpty(), "text must be inside an element");
    escape(text, out);
    return this;
  }

  /**
   * Writes an element holding only text: {@code open(name, attributes).text(text).close()}.
   *
   * @param name the element name
   * @param text its text, escaped
   * @param attributes names and values in turn; values are escaped
   * @return this writer
   * @throws IllegalArgumentException if a name is not a plain name
   */
  public Markup element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close();
  }

  /**
   * Copies the markup of another, complete writer into the open element.
   *
   * @param other a writer whose elements are all closed
   * @return this writer
   * @throws IllegalStateException if the other writer has an element open or this has none
   */
  public Markup append(Markup other) {
    Objects.requireNonNull(other, "other");
    checkState(other.open.isEmpty(), "the markup appended has unclosed elements %s", other.open);
    checkState(!open.isEmpty(), "markup must be appended inside an element");
    out.append(other.out);
    return this;
  }

  /**
   * Copies markup that this class wrote earlier, such as a chart's SVG kept as text.
   *
   * @param markup complete markup from {@link #toString()}
   * @return this writer
   */
  Markup raw(String markup) {
    checkState(!open.isEmpty(), "markup must be appended inside an element");
    out.append(markup);
    return this;
  }

  /**
   * Closes the element opened last.
   *
   * @return this writer
   * @throws IllegalStateException if no element is open
   */
  public Markup close() {
    checkState(!open.isEmpty(), "no element is open");
    String name = open.pop();
    if (name.equals("svg")) {
      svgDepth--;
    }
    out.append("</").append(name).append('>');
    if (BREAK_AFTER.contains(name)) {
      out.append('\n');
    }
    return this;
  }

  /**
   * Returns the markup written.
   *
   * @return the markup
   * @throws IllegalStateException if an element is still open
   */
  @Override
  public String toString() {
    checkState(open.isEmpty(), "elements %s are still open", open);
    return out.toString();
  }

  private void startTag(String name, String[] attributes) {
    Objects.requireNonNull(name, "name");
    checkArgument(NAME.matcher(name).matches(), "element name '%s' is not a plain name", name);
    checkArgument(
        attributes.length % 2 == 0, "attributes of %s come in name and value pairs", name);
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      String attribute = Objects.requireNonNull(attributes[i], "attribute name");
      checkArgument(
          NAME.matcher(attribute).matches(), "attribute name '%s' is not a plain name", attribute);
      out.append(' ').append(attribute).append("=\"");
      escape(Objects.requireNonNull(attributes[i + 1], attribute), out);
      out.append('"');
    }
  }

  private static void escape(String text, StringBuilder b) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            b.append(c);
          } else {
            b.append('\uFFFD');
          }
      }
    }
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && (c < 0x7F || c > 0x9F);
  }
}
