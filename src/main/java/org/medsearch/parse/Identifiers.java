package org.medsearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a citation what every style writes the same way (DOI, PMID, PMCID, URL) and the
 * notes that only get in the way of reading the rest ("[serial online]", "[cited 2016 oct
 * 11]", "Epub ahead of print"), filling the draft as it goes.
 */
final class Identifiers {
  private static final Pattern PMID = Pattern.compile("(?i)\\bPMID\\s*:?\\s*(\\d{1,9})\\b");
  private static final Pattern PMCID = Pattern.compile("(?i)\\b(?:PMCID\\s*:?\\s*)?(PMC\\d{3,9})\\b");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
  private static final Pattern NOTES = Pattern.compile("(?i)\\[(?:cited|accessed|updated)[^\\]]*\\]"
      + "|\\[(?:serial online|serial on the internet|internet|online|electronic resource)\\]"
      + "|\\bEpub ahead of print\\b\\.?"
      + "|\\bEpub\\s+(?:19|20)\\d{2}(?:\\s+[A-Za-z]{3}\\.?(?:\\s+\\d{1,2})?)?\\.?"
      + "|\\b(?:accessed|retrieved)\\s+(?:on\\s+)?(?:[A-Za-z]+\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+[A-Za-z]+\\s+)(?:19|20)\\d{2}\\.?"
      + "|\\b(?:available (?:from|at)|retrieved from)\\s*:?\\s*$");
  private static final Pattern DOI_WORD = Pattern.compile("(?i)\\bdoi\\s*:?\\s*$");

  private Identifiers() {}

  /** The citation text without identifiers and notes, tidied where they were cut out. */
  static String extract(String text, Draft d) {
    String s = text;
    var doi = Dois.findIn(s);
    if (doi.isPresent()) {
      d.doi = doi.get().doi();
      s = s.substring(0, doi.get().start()) + " " + s.substring(doi.get().end());
    }
    s = take(PMID, s, v -> d.pmid = v);
    s = take(PMCID, s, v -> d.pmcid = v.toUpperCase(java.util.Locale.ROOT));
    s = take(URL, s, v -> d.url = v.replaceAll("[.,;]+$", ""));
    s = NOTES.matcher(s).replaceAll(" ");
    s = DOI_WORD.matcher(s.strip()).replaceAll("");
    return tidy(s);
  }

  /** Joins what is left where notes were cut out: "2014 ;17:433-6. ; ." gives "2014;17:433-6". */
  static String tidy(String s) {
    String t = Text.squash(s.replaceAll("\\[\\s*\\]|\\(\\s*\\)", " "));
    t = t.replaceAll("\\s+([;:,.])", "$1").replaceAll("([;,.])(?:\\s+[;,.])+", "$1");
    return t.replaceAll("[\\s;,]+$", "").replaceAll("^[\\s;,.]+", "");
  }

  private static String take(Pattern p, String s, java.util.function.Consumer<String> into) {
    Matcher m = p.matcher(s);
    if (!m.find()) {
      return s;
    }
    into.accept(m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group());
    return s.substring(0, m.start()) + " " + s.substring(m.end());
  }
}
