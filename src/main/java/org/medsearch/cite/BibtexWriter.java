package org.medsearch.cite;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;

/**
 * BibTeX entries as JabRef, Zotero and classic BibTeX read them. Values are in braces with
 * LaTeX's special characters escaped ({@link Latex}); accented letters are written as LaTeX
 * accents so that 8-bit BibTeX sorts and prints them too; words with capitals in a title are
 * braced so that styles that lower-case titles keep "{ADCME}" and "{India}". The issue is
 * {@code number}, an article number {@code eid}, the citing topics {@code keywords}.
 */
final class BibtexWriter extends CitationWriter {
  private static final Map<String, String> TYPES = Map.of(
      "article-journal", "article", "book", "book", "chapter", "incollection", "paper-conference", "inproceedings",
      "thesis", "phdthesis", "report", "techreport");

  BibtexWriter(OutputStream out) {
    super(out);
  }

  @Override
  void writeRecord(ExportRecord record, String key) throws IOException {
    Citation c = record.citation();
    String type = TYPES.getOrDefault(c.type(), "misc");
    out.write("@" + type + "{" + key + ",\n");
    List<String> names = new ArrayList<>();
    for (Name n : c.author()) {
      names.add(n.family() == null ? "{" + Latex.escape(n.literal()) + "}"
          : Latex.escape(n.given() == null ? n.family() : n.family() + ", " + n.given()));
    }
    if (c.etAl()) {
      names.add("others");
    }
    field("author", names.isEmpty() ? null : String.join(" and ", names));
    field("title", c.title() != null ? Latex.title(c.title()) : c.raw() == null ? null : Latex.escape(c.raw()));
    String container = Latex.escape(c.containerTitle());
    field(type.equals("article") ? "journal" : type.equals("misc") ? "howpublished" : "booktitle", container);
    field("year", c.year().map(String::valueOf).orElse(null));
    field("volume", Latex.escape(c.volume()));
    field("number", Latex.escape(c.issue()));
    field("pages", c.page() == null ? null : Latex.escape(c.page()).replaceAll("-+", "--"));
    field("eid", Latex.escape(c.number()));
    field("doi", Latex.verbatim(c.doi()));
    field("pmid", Latex.escape(c.pmid()));
    field("pmcid", Latex.escape(c.pmcid()));
    field("url", Latex.verbatim(c.url()));
    field("keywords", record.topics().isEmpty() ? null : Latex.escape(String.join(", ", record.topics())));
    out.write("}\n\n");
  }

  private void field(String name, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write("  " + name + " = {" + value + "},\n");
    }
  }
}
