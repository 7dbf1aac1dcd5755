package org.medsearch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Plain text of a page in any format Tika reads, with the character encoding detected for text files. */
final class TextExtractor {
  /** Far above any real topic page; stops a runaway file from filling memory. */
  static final int MAX_CHARS = 20_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();

  String extract(Path file) throws IOException, ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    ParagraphText text = new ParagraphText();
    BodyContentHandler handler = new BodyContentHandler(new WriteLimiter(text, MAX_CHARS));
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (TikaException | SAXException e) {
      throw new ExtractionException("cannot extract text (" + rootMessage(e) + ")", e);
    }
    return text.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return (m == null || m.isBlank()) ? t.getClass().getSimpleName() : m.strip();
  }

  /**
   * Text with a blank line after every block element, so paragraphs of HTML, PDF and Word pages
   * come out as the blank-line-separated paragraphs the page layout reads.
   */
  private static final class ParagraphText extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
        "blockquote", "pre", "section", "article", "title");
    private final StringBuilder sb = new StringBuilder();

    @Override
    public void characters(char[] ch, int start, int length) {
      sb.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      sb.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (BLOCKS.contains(localName)) {
        sb.append("\n\n");
      } else if (localName.equals("br")) {
        sb.append('\n');
      }
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** Stops a runaway file at {@code limit} characters. */
  private static final class WriteLimiter extends ContentHandlerDecorator {
    private final int limit;
    private int written;

    WriteLimiter(DefaultHandler target, int limit) {
      super(target);
      this.limit = limit;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (written + length > limit) {
        throw new SAXException("the page has more than " + limit + " characters of text");
      }
      written += length;
      super.characters(ch, start, length);
    }
  }

  static final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    ExtractionException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
