package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.model.Citation;

/**
 * RIS files ("TY  - JOUR" ... "ER  - "), as reference managers and publishers export them.
 * See {@link TaggedRecords} for why this reader is written here.
 */
final class RisReader {
  /** "TI  - Title": two capitals or a capital and a digit, spaces, a hyphen. */
  private static final Pattern TAG = Pattern.compile("([A-Z][A-Z0-9])\\s{1,2}-(?:\\s(.*)|\\s*)()");
  private static final Map<String, String> TYPES = Map.of(
      "JOUR", "article-journal", "JFULL", "article-journal", "ABST", "article-journal", "BOOK", "book",
      "CHAP", "chapter", "CONF", "paper-conference", "CPAPER", "paper-conference", "ELEC", "webpage",
      "RPRT", "report", "THES", "thesis");

  private RisReader() {}

  static List<Citation> read(String text, Journals journals, Problems problems) {
    Pattern tag = Pattern.compile(TAG.pattern());
    List<Citation> out = new ArrayList<>();
    for (TaggedRecords.Entry e : TaggedRecords.read(normalise(text), tag, "TY", "ER", "RIS", problems)) {
      Draft d = new Draft(null);
      d.type = TYPES.getOrDefault(e.first("TY"), "article-journal");
      for (String tagName : List.of("AU", "A1")) {
        for (String name : e.all(tagName)) {
          AuthorNames.parse(name).ifPresent(d.authors::add);
        }
      }
      d.title = e.first("TI", "T1");
      d.container = e.first("JF", "T2", "JO", "JA", "J2", "J1");
      String date = e.first("PY", "Y1", "DA");
      if (date != null) {
        Matcher y = SourceTail.YEAR.matcher(date);
        if (y.find()) {
          d.year(y.group(1));
        }
      }
      d.volume = e.first("VL");
      d.issue = e.first("IS");
      String sp = e.first("SP");
      String ep = e.first("EP");
      d.page = sp == null ? null : ep == null || sp.contains("-") ? sp : sp + "-" + ep;
      d.url = e.first("UR", "L2");
      d.pmid = e.first("AN") != null && e.first("AN").matches("\\d{1,9}") ? e.first("AN") : null;
      d.pmcid = e.first("C2") != null && e.first("C2").startsWith("PMC") ? e.first("C2") : null;
      String where = "RIS record on line " + e.line();
      CitationFiles.setDoi(d, e.first("DO", "M3"), where, problems);
      out.add(CitationFiles.checked(d.toCitation(journals), where, problems));
    }
    return out;
  }

  /** Gives the value group a fixed number by turning "ER  -" into "ER  - ". */
  private static String normalise(String text) {
    return text.replaceAll("(?m)^([A-Z][A-Z0-9])\\s{1,2}-\\s*$", "$1  - ");
  }
}
