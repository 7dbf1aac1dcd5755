package org.medsearch.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes works one at a time in an export format, so an export of any size is streamed: each
 * record is written as soon as it is read and nothing but its citation key is kept. Call
 * {@link #write} for each record and {@link #finish} once at the end (it flushes, and closes the
 * CSL-JSON array); the stream itself is the caller's to close.
 */
public abstract class CitationWriter {
  final Writer out;
  final CiteKeys keys = new CiteKeys();
  private long count;

  CitationWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
  }

  /** A writer of {@code format} on {@code out}; {@code json} writes CSL-JSON. */
  public static CitationWriter open(ExportFormat format, OutputStream out, ObjectMapper json) throws IOException {
    CitationWriter w = switch (format) {
      case CSL_JSON -> new CslJsonWriter(out, json);
      case BIBTEX -> new BibtexWriter(out);
      case RIS -> new RisWriter(out);
    };
    w.start();
    return w;
  }

  /** Writes one work, its names and title in display case (see {@link DisplayCase}). */
  public final void write(ExportRecord record) throws IOException {
    ExportRecord shown = new ExportRecord(DisplayCase.of(record.citation()), record.topics());
    writeRecord(shown, keys.next(shown.citation()));
    count++;
  }

  /** Ends the file and flushes it. */
  public final void finish() throws IOException {
    end();
    out.flush();
  }

  /** Records written so far. */
  public long count() {
    return count;
  }

  void start() throws IOException {}

  abstract void writeRecord(ExportRecord record, String key) throws IOException;

  void end() throws IOException {}
}
