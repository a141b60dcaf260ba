package dev.yardstick.examples.report.svg;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses markup with the JDK's XML parser (no external entities), failing on any error. */
public final class Xml {

  private Xml() {}

  /**
   * Parses well-formed XML or fails.
   *
   * @param markup the markup
   * @return the document
   */
  public static Document parse(String markup) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new DefaultHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return b.parse(new InputSource(new StringReader(markup)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the elements with a local name under an element, in document order.
   *
   * @param parent the element
   * @param localName such as {@code td}
   * @return the elements
   */
  public static List<Element> elements(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /**
   * Returns the elements with a local name, in document order.
   *
   * @param doc the document
   * @param localName such as {@code svg}
   * @return the elements
   */
  public static List<Element> elements(Document doc, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
