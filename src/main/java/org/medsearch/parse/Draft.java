package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;

/** The fields of one citation while a style reader fills them in; becomes a {@link Citation}. */
final class Draft {
  final String raw;
  String style = "unknown";
  String type = "article-journal";
  List<Name> authors = new ArrayList<>();
  boolean etAl;
  String title;
  String container;
  Integer year;
  Integer month;
  Integer day;
  String volume;
  String issue;
  String page;
  String number;
  String doi;
  String pmid;
  String pmcid;
  String url;

  Draft(String raw) {
    this.raw = raw;
  }

  /** A new draft of the same text with only the identifiers found so far. */
  Draft copy() {
    Draft d = new Draft(raw);
    d.doi = doi;
    d.pmid = pmid;
    d.pmcid = pmcid;
    d.url = url;
    return d;
  }

  void authors(AuthorList.Authors found) {
    authors = new ArrayList<>(found.names());
    etAl |= found.etAl();
  }

  /** Keeps the first value a reader found; later readers fill only gaps. */
  void year(String y) {
    if (year == null && y != null) {
      year = Integer.valueOf(y);
    }
  }

  Citation toCitation(Journals journals) {
    String containerTitle = blankToNull(container);
    String shortTitle = null;
    if (containerTitle != null) {
      var known = journals.find(containerTitle);
      if (known.isPresent()) {
        containerTitle = known.get().title();
        shortTitle = known.get().abbreviation();
      }
    }
    Citation.Issued issued = null;
    if (year != null) {
      List<Integer> parts = new ArrayList<>(List.of(year));
      if (month != null) {
        parts.add(month);
        if (day != null) {
          parts.add(day);
        }
      }
      issued = new Citation.Issued(List.of(parts));
    }
    return new Citation(null, type, blankToNull(title), containerTitle, shortTitle, authors, issued,
        blankToNull(volume), blankToNull(issue), Pages.expand(blankToNull(page)), blankToNull(number), doi, pmid, pmcid,
        url, etAl, raw);
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = Text.squash(s);
    return t.isEmpty() ? null : t;
  }
}
