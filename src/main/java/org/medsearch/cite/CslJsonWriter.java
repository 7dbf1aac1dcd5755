package org.medsearch.cite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * CSL-JSON: an array of items as Zotero, Pandoc and citeproc processors read them. The item's
 * {@code id} is its citation key, the citing topics go in the CSL variable {@code keyword}, and
 * medsearch's own fields ({@code raw}, {@code et-al}) are left out.
 */
final class CslJsonWriter extends CitationWriter {
  private final ObjectMapper json;
  private JsonGenerator gen;

  CslJsonWriter(OutputStream out, ObjectMapper json) {
    super(out);
    this.json = json;
  }

  @Override
  void start() throws IOException {
    gen = json.getFactory().createGenerator(out);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.writeStartArray();
  }

  @Override
  void writeRecord(ExportRecord record, String key) throws IOException {
    ObjectNode item = json.valueToTree(record.citation());
    item.remove("raw");
    item.remove("et-al");
    ObjectNode ordered = json.createObjectNode();
    ordered.put("id", key);
    ordered.setAll(item);
    if (!record.topics().isEmpty()) {
      ordered.put("keyword", String.join(", ", record.topics()));
    }
    gen.writeRaw('\n');
    gen.writeTree(ordered);
  }

  @Override
  void end() throws IOException {
    gen.writeRaw('\n');
    gen.writeEndArray();
    gen.writeRaw('\n');
    gen.flush();
  }
}
