package org.medsearch.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * APA and Harvard: "Authors (Year). Title. Journal, Volume(Issue), Pages." with the year in
 * brackets after the authors; Harvard may quote the title in single quotes and write "pp.".
 *
 * <p>Worked example: "Sharma, C. M., Nath, K., & Khandelwal, D. (2014). Autosomal dominant
 * cortical tremor. Annals of Indian Academy of Neurology, 17(4), 433–436." The authors end at
 * "(2014)"; the title is the next sentence (or the quoted span); {@link SourceTail} reads
 * "Annals of Indian Academy of Neurology, 17(4), 433–436".
 */
final class AuthorYearStyle {
  private static final Pattern SHAPE = Pattern.compile(
      "(.+?)\\s*\\(((?:19|20)\\d{2})[a-z]?(?:,\\s*([^)]*))?\\)\\s*[.,:]?\\s*(.+)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
  private static final String OPEN_QUOTES = "'‘\"“";

  private AuthorYearStyle() {}

  static boolean read(String s, Draft d) {
    Matcher m = SHAPE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    String authors = m.group(1).replaceAll("[\\s,]+$", "").replaceAll("(?i)\\bet al$", "et al.");
    Optional<AuthorList.Authors> found = AuthorList.familyFirst(authors)
        .or(() -> AuthorList.vancouver(authors))
        .or(() -> AuthorList.givenFirst(authors));
    if (found.isEmpty()) {
      return false;
    }
    d.style = "author-year";
    d.authors(found.get());
    d.year(m.group(2));
    if (m.group(3) != null) {
      SourceTail.month(m.group(3), d);
    }
    String rest = m.group(4).strip();
    String tail;
    if (!rest.isEmpty() && OPEN_QUOTES.indexOf(rest.charAt(0)) >= 0) {
      int close = closingQuote(rest);
      if (close < 0) {
        return false;
      }
      d.title = rest.substring(1, close);
      tail = rest.substring(close + 1);
    } else {
      Matcher end = SENTENCE_END.matcher(rest);
      if (end.find()) {
        d.title = rest.substring(0, end.start());
        tail = rest.substring(end.end());
      } else {
        d.title = rest;
        tail = "";
      }
    }
    d.title = d.title.strip().replaceAll("[\\s,.;:]+$", "");
    SourceTail.read(tail.replaceAll("^[\\s,.;:]+", "").replaceAll("(?i)^in:?\\s+", ""), d);
    return true;
  }

  /** The quote that closes the title: one followed by a comma, full stop or the end ("'Title', Journal"). */
  private static int closingQuote(String rest) {
    for (int i = 1; i < rest.length(); i++) {
      char c = rest.charAt(i);
      boolean quote = c == '\'' || c == '’' || c == '"' || c == '”';
      boolean ends = i + 1 == rest.length() || ",.;".indexOf(rest.charAt(i + 1)) >= 0;
      if (quote && ends && i > 1) {
        return i;
      }
    }
    return -1;
  }
}
