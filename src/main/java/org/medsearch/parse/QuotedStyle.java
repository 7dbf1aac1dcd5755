package org.medsearch.parse;

import java.util.Optional;

/**
 * Styles that put the title in double quotes: Hindawi, IEEE and many journals' own.
 *
 * <p>Worked example: 's. laroumagne, xavier elharrar, et al., ““dancing eye syndrome”
 * secondary to opsoclonus-myoclonus syndrome,” case reports in medicine, vol. 2014, article id
 * 545490, 4 pages, 2014'. The authors stand before the first opening quote; the title runs to
 * the last closing quote, so a quoted phrase inside the title stays in it; {@link SourceTail}
 * reads the rest.
 */
final class QuotedStyle {
  private static final String OPENING = "“\"«„";
  private static final String CLOSING = "”\"»“";
  /** A shorter span is a quoted word inside another style, not a title. */
  private static final int MIN_TITLE = 10;

  private QuotedStyle() {}

  static boolean read(String s, Draft d) {
    int open = indexOfAny(s, OPENING, 0);
    if (open < 0) {
      return false;
    }
    int close = lastIndexOfAny(s, CLOSING);
    if (close - open < MIN_TITLE) {
      return false;
    }
    String authors = s.substring(0, open).strip().replaceAll("[\\s,.:;]+$", "");
    if (!authors.isEmpty()) {
      Optional<AuthorList.Authors> found = AuthorList.givenFirst(authors)
          .or(() -> AuthorList.vancouver(authors))
          .or(() -> AuthorList.familyFirst(authors));
      if (found.isEmpty()) {
        return false;
      }
      d.authors(found.get());
    }
    d.style = "quoted-title";
    d.title = s.substring(open + 1, close).strip().replaceAll("[\\s,.;:]+$", "");
    SourceTail.read(s.substring(close + 1).replaceAll("^[\\s,.;:]+", ""), d);
    return true;
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOfAny(String s, String chars) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
