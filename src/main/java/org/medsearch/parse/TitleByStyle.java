package org.medsearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citations copied from a journal's web page, which put the title first and the authors after
 * "by": "central neuraxial anaesthesia ...: a case series by olumuyiwa a bamgbade et al.,
 * journal of medical case reports20093:7293", and the Frontiers banner form
 * "original research article front. neurol., 20 february 2012 | deep brain stimulation ... by
 * r. j. beukers et al.,". The last " by " followed by a list of names ends the title.
 */
final class TitleByStyle {
  /** "original research article front. neurol., 20 february 2012 | rest". */
  private static final Pattern BANNER = Pattern.compile(
      "(?i)((?:original research|review|mini review|case report|brief research report|perspective|opinion|"
          + "hypothesis and theory|methods|clinical trial|systematic review)\\s+article\\s+)?"
          + "(front(?:iers in|\\.)\\s*[\\p{L}. ]+?)[.,\\s]+(\\d{1,2}\\s+\\p{L}+\\s+(?:19|20)\\d{2})\\s*\\|\\s*(.+)");
  private static final Pattern BY = Pattern.compile("(?i)\\s+by\\s+");
  /** The authors after "by": up to "et al." or the comma that starts the journal. */
  private static final Pattern AUTHORS = Pattern.compile("(?i)(.+?(?:\\bet\\.?\\s*al\\.?)|[^,]+)\\s*,?\\s*(.*)");

  private TitleByStyle() {}

  static boolean read(String s, Draft d) {
    Matcher banner = BANNER.matcher(s);
    String rest = s;
    if (banner.matches()) {
      d.container = banner.group(2).strip();
      SourceTail.month(banner.group(3), d);
      Matcher y = SourceTail.YEAR.matcher(banner.group(3));
      if (y.find()) {
        d.year(y.group(1));
      }
      rest = banner.group(4);
    }
    Matcher by = BY.matcher(rest);
    int cut = -1;
    int after = -1;
    while (by.find()) {
      Matcher a = AUTHORS.matcher(rest.substring(by.end()));
      if (a.matches() && AuthorList.givenFirst(a.group(1)).isPresent()) {
        cut = by.start();
        after = by.end();
      }
    }
    if (cut < 0) {
      if (!banner.matches()) {
        return false;
      }
      d.style = "web-copy";
      d.title = rest.strip().replaceAll("[\\s,.;:]+$", "");
      return true;
    }
    Matcher a = AUTHORS.matcher(rest.substring(after));
    var authors = a.matches() ? AuthorList.givenFirst(a.group(1)) : java.util.Optional.<AuthorList.Authors>empty();
    if (authors.isEmpty()) {
      return false; // cannot happen: the loop above accepted this cut only with authors
    }
    d.style = "web-copy";
    d.title = rest.substring(0, cut).strip();
    d.authors(authors.get());
    String tail = a.group(2).strip();
    if (!tail.isEmpty()) {
      SourceTail.read(tail, d);
    }
    return true;
  }
}
