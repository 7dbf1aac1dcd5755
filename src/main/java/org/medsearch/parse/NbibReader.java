package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.model.Citation;

/**
 * PubMed/MEDLINE files (.nbib), as PubMed's "Cite" and "Send to: Citation manager" export
 * them: "PMID- 25506165", "TI  - Title", continuation lines indented by six spaces, a blank
 * line between records. See {@link TaggedRecords} for why this reader is written here.
 */
final class NbibReader {
  /** "FAU - Sharma, Chandra Mohan": a tag of up to four capitals, padded, then "- ". */
  private static final Pattern TAG = Pattern.compile("([A-Z]{2,4})\\s*- (.*)");
  private static final Pattern ID_KIND = Pattern.compile("(.+?)\\s*\\[(doi|pii)\\]");

  private NbibReader() {}

  static List<Citation> read(String text, Journals journals, Problems problems) {
    List<Citation> out = new ArrayList<>();
    for (TaggedRecords.Entry e : TaggedRecords.read(text, TAG, null, null, "MEDLINE", problems)) {
      Draft d = new Draft(null);
      // Full names when PubMed has them ("Sharma, Chandra Mohan"), else "Sharma CM".
      List<String> names = e.all("FAU").isEmpty() ? e.all("AU") : e.all("FAU");
      for (String name : names) {
        AuthorNames.parse(name).ifPresent(d.authors::add);
      }
      d.pmid = e.first("PMID");
      d.title = e.first("TI", "BTI");
      d.container = e.first("JT", "TA");
      String dp = e.first("DP");
      if (dp != null) {
        Matcher y = SourceTail.YEAR.matcher(dp);
        if (y.find()) {
          d.year(y.group(1));
          SourceTail.month(dp, d);
        }
      }
      d.volume = e.first("VI");
      d.issue = e.first("IP");
      d.page = e.first("PG");
      d.pmcid = e.first("PMC");
      String doi = null;
      for (String tag : List.of("LID", "AID")) {
        for (String v : e.all(tag)) {
          Matcher m = ID_KIND.matcher(v);
          if (m.matches() && m.group(2).equals("doi") && doi == null) {
            doi = m.group(1);
          } else if (m.matches() && m.group(2).equals("pii") && tag.equals("LID") && d.page == null) {
            d.page = m.group(1); // an electronic article number stands where pages would ("e0123456")
          }
        }
      }
      String where = "MEDLINE record on line " + e.line() + (d.pmid == null ? "" : " (PMID " + d.pmid + ")");
      CitationFiles.setDoi(d, doi, where, problems);
      out.add(CitationFiles.checked(d.toCitation(journals), where, problems));
    }
    return out;
  }
}
