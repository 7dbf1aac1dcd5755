package org.medsearch.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.medsearch.model.Citation;

/** BibTeX files, read with jbibtex; LaTeX in values ({@code {\"u}}) is decoded to Unicode. */
final class BibtexReader {
  private static final Map<String, String> TYPES = Map.of(
      "article", "article-journal", "book", "book", "inbook", "chapter", "incollection", "chapter",
      "inproceedings", "paper-conference", "conference", "paper-conference", "phdthesis", "thesis",
      "mastersthesis", "thesis", "techreport", "report", "online", "webpage");

  private BibtexReader() {}

  static List<Citation> read(String text, Journals journals, Problems problems) {
    BibTeXDatabase db;
    BibTeXParser parser;
    try {
      parser = new BibTeXParser() {
        @Override
        public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {
          if (string == null) {
            problems.warn(0, "BibTeX: @string '" + key.getValue() + "' is used but never defined");
          }
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
          if (entry == null) {
            problems.warn(0, "BibTeX: crossref '" + key.getValue() + "' names no entry in the file");
          }
        }
      };
      db = parser.parseFully(new StringReader(text));
    } catch (ParseException | RuntimeException e) {
      problems.error(0, "BibTeX: cannot read the file (" + e.getMessage() + "); check its braces and commas");
      return List.of();
    }
    parser.getExceptions().forEach(e -> problems.warn(0, "BibTeX: skipped a broken entry (" + e.getMessage() + ")"));
    List<Citation> out = new ArrayList<>();
    for (BibTeXEntry entry : db.getEntries().values()) {
      Draft d = new Draft(null);
      d.type = TYPES.getOrDefault(entry.getType().getValue().toLowerCase(Locale.ROOT), "article-journal");
      String authors = field(entry, "author");
      if (authors != null) {
        for (String name : authors.split("\\s+and\\s+")) {
          if (name.strip().equalsIgnoreCase("others")) {
            d.etAl = true;
          } else {
            AuthorNames.parse(name).ifPresent(d.authors::add);
          }
        }
      }
      d.title = field(entry, "title");
      d.container = firstOf(entry, "journal", "journaltitle", "booktitle");
      String year = firstOf(entry, "year", "date");
      var y = year == null ? null : SourceTail.YEAR.matcher(year);
      if (y != null && y.find()) {
        d.year(y.group(1));
      }
      d.volume = field(entry, "volume");
      d.issue = field(entry, "number");
      d.page = field(entry, "pages") == null ? null : field(entry, "pages").replaceAll("-+", "-");
      d.number = firstOf(entry, "eid", "articleno");
      d.pmid = field(entry, "pmid");
      d.pmcid = field(entry, "pmcid");
      d.url = field(entry, "url");
      CitationFiles.setDoi(d, field(entry, "doi"), "BibTeX entry " + entry.getKey().getValue(), problems);
      out.add(CitationFiles.checked(d.toCitation(journals), "BibTeX entry " + entry.getKey().getValue(), problems));
    }
    return out;
  }

  private static String firstOf(BibTeXEntry entry, String... names) {
    for (String n : names) {
      String v = field(entry, n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String field(BibTeXEntry entry, String name) {
    Value v = entry.getField(new Key(name));
    if (v == null) {
      return null;
    }
    String s = v.toUserString();
    if (s.indexOf('\\') >= 0 || s.indexOf('{') >= 0) {
      try {
        s = new LaTeXPrinter().print(new LaTeXParser().parse(s));
      } catch (ParseException | TokenMgrException e) {
        s = s.replaceAll("[{}]", ""); // keep the text readable; the accent is lost, not the value
      }
    }
    s = Text.squash(s);
    return s.isEmpty() ? null : s;
  }
}
