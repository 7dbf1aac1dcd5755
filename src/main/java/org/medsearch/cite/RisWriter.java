package org.medsearch.cite;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;

/**
 * RIS as EndNote, Zotero and Mendeley read it: a "TY  - " line, one tag a line ("AU  - Family,
 * Given", one per author), "ER  - " to end; lines end in CRLF as the format's specification has
 * them. RIS has no escaping, so line breaks inside a value become spaces. The journal's full
 * title is T2 and its abbreviation J2 (Zotero's mapping); the citing topics are keywords (KW).
 */
final class RisWriter extends CitationWriter {
  private static final Map<String, String> TYPES = Map.of(
      "article-journal", "JOUR", "book", "BOOK", "chapter", "CHAP", "paper-conference", "CPAPER",
      "webpage", "ELEC", "report", "RPRT", "thesis", "THES");

  RisWriter(OutputStream out) {
    super(out);
  }

  @Override
  void writeRecord(ExportRecord record, String key) throws IOException {
    Citation c = record.citation();
    tag("TY", TYPES.getOrDefault(c.type(), "GEN"));
    tag("ID", key);
    for (Name n : c.author()) {
      tag("AU", n.family() == null ? n.literal() : n.given() == null ? n.family() : n.family() + ", " + n.given());
    }
    tag("TI", c.title() != null ? c.title() : c.raw());
    tag("T2", c.containerTitle());
    tag("J2", c.containerTitleShort());
    tag("PY", c.year().map(String::valueOf).orElse(null));
    tag("VL", c.volume());
    tag("IS", c.issue());
    if (c.page() != null) {
      int dash = c.page().indexOf('-');
      tag("SP", dash > 0 ? c.page().substring(0, dash) : c.page());
      tag("EP", dash > 0 ? c.page().substring(dash + 1) : null);
    }
    tag("M1", c.number());
    tag("DO", c.doi());
    tag("AN", c.pmid());
    tag("C2", c.pmcid());
    tag("UR", c.url() != null ? c.url() : c.doi() != null ? "https://doi.org/" + c.doi() : null);
    for (String topic : record.topics()) {
      tag("KW", topic);
    }
    out.write("ER  - \r\n\r\n");
  }

  private void tag(String tag, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write(tag + "  - " + value.replaceAll("[\\r\\n]+", " ").strip() + "\r\n");
    }
  }
}
