package dev.yardstick.examples.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void text_isEscaped() {
    Markup m = new Markup();
    m.element("p", "<script>alert('x') & \"y\"</script>", "title", "a\"b<c>&'");
    assertEquals(
        "<p title=\"a&quot;b&lt;c&gt;&amp;&#39;\">&lt;script&gt;alert(&#39;x&#39;) &amp;"
            + " &quot;y&quot;&lt;/script&gt;</p>\n",
        m.toString());
  }

  @Test
  void text_replacesCharactersXmlForbids() {
    Markup m = new Markup();
    m.element("p", "a\u0000b\u0007c\uD800d\u0085e\tf\uD83D\uDE00");
    assertEquals("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\uD83D\uDE00</p>\n", m.toString());
  }

  @Test
  void empty_outsideSvg_onlyForVoidElements() {
    Markup m = new Markup();
    m.open("div");
    m.empty("br");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.empty("div"));
    assertTrue(e.getMessage().contains("div"), e.getMessage());
    m.open("svg").empty("circle", "r", "2").close();
    m.close();
    assertEquals("<div><br/><svg><circle r=\"2\"/></svg>\n</div>\n", m.toString());
  }

  @Test
  void names_mustBePlain() {
    Markup m = new Markup();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m.open("p onclick=x"));
    assertTrue(e.getMessage().contains("'p onclick=x'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.open("p", "on click", "x"));
    assertThrows(IllegalArgumentException.class, () -> m.open("p", "class"));
  }

  @Test
  void toString_withOpenElement_fails() {
    Markup m = new Markup().open("div").open("p");
    IllegalStateException e = assertThrows(IllegalStateException.class, m::toString);
    assertTrue(e.getMessage().contains("[p, div]"), e.getMessage());
  }

  @Test
  void close_withNothingOpen_fails() {
    assertThrows(IllegalStateException.class, () -> new Markup().close());
    assertThrows(IllegalStateException.class, () -> new Markup().text("x"));
  }
}
