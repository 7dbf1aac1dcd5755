package org.medsearch.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vancouver, NLM, ICMJE and AMA: "Authors. Title. Journal. Year Month;Volume(Issue):Pages."
 *
 * <p>Worked example: "sharma cm, nath k. autosomal dominant cortical tremor, myoclonus, and
 * epilepsy (adcme): probable first family from india. ann indian acad neurol 2014;17:433-6"
 * (notes already removed). The authors end at the first ". " before which every
 * comma-separated part is a family name and initials. The date is the last year followed by a
 * ";" (here "2014;"), the numbers after it are "17:433-6". Between the authors and the date
 * stand title and journal, split by {@link TitleAndJournal}.
 */
final class VancouverStyle {
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+");
  /** "2014;", "2002 Jul 25;", "2014 Oct-Dec;": the date that opens the numbers. */
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})([A-Za-z0-9 \\-.]{0,20}?)\\s*;\\s*");
  /** "17(4):433-6", "45:640", "347(4):284-7", "3(Suppl 1):S12-4", "17(4)". */
  private static final Pattern NUMBERS = Pattern.compile(
      "([^():;\\s]+)?\\s*(?:\\(([^)]*)\\))?\\s*(?::\\s*([A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–—]\\s*[A-Za-z]?\\d+[A-Za-z]?)?))?.*");
  /** A date with no numbers, as in an ahead-of-print item: "Neurology. 2020 Mar 3." */
  private static final Pattern END_DATE = Pattern.compile(
      "[.,]?\\s*((?:19|20)\\d{2})((?:\\s+[A-Za-z]{3,9}\\.?)?(?:\\s+\\d{1,2})?)[.\\s]*$");

  private VancouverStyle() {}

  /** Reads {@code s} into {@code d}; false when it does not have the shape of this style. */
  static boolean read(String s, Draft d, TitleAndJournal split) {
    Optional<Integer> authorsEnd = authorsEnd(s, d);
    String rest = authorsEnd.map(s::substring).orElse(s).strip();
    Matcher date = lastDate(rest);
    String before;
    if (date != null) {
      before = rest.substring(0, date.start());
      d.year(date.group(1));
      SourceTail.month(date.group(2), d);
      Matcher n = NUMBERS.matcher(rest.substring(date.end()).strip());
      if (n.matches()) {
        d.volume = n.group(1);
        d.issue = n.group(2);
        d.page = n.group(3);
      }
    } else {
      Matcher end = END_DATE.matcher(rest);
      if (authorsEnd.isEmpty() || !end.find()) {
        return false;
      }
      before = rest.substring(0, end.start());
      d.year(end.group(1));
      SourceTail.month(end.group(2), d);
    }
    if (authorsEnd.isEmpty() && !SENTENCE_END.matcher(before).find()) {
      return false; // no authors and no title before the journal: not this style
    }
    d.style = "vancouver";
    split.split(before, d);
    return true;
  }

  private static Optional<Integer> authorsEnd(String s, Draft d) {
    Matcher m = SENTENCE_END.matcher(s);
    while (m.find()) {
      var authors = AuthorList.vancouver(s.substring(0, m.start()));
      if (authors.isPresent()) {
        d.authors(authors.get());
        return Optional.of(m.end());
      }
      if (m.start() > 400) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The last "year ...;" in the text: a year in the title comes before it. */
  private static Matcher lastDate(String rest) {
    Matcher m = DATE.matcher(rest);
    int start = -1;
    while (m.find()) {
      start = m.start();
    }
    if (start < 0) {
      return null;
    }
    Matcher last = DATE.matcher(rest);
    last.find(start);
    return last;
  }
}
