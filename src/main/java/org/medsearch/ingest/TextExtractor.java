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
import org.xml.sax.SAXException;

/** Plain text of a page in any format Tika reads, with the character encoding detected for text files. */
final class TextExtractor {
  /** Far above any real topic page; stops a runaway file from filling memory. */
  static final int MAX_CHARS = 20_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();

  String extract(Path file) throws IOException, ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (TikaException | SAXException e) {
      throw new ExtractionException("cannot extract text (" + rootMessage(e) + ")", e);
    }
    return handler.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return (m == null || m.isBlank()) ? t.getClass().getSimpleName() : m.strip();
  }

  static final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    ExtractionException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
