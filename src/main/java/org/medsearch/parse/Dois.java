package org.medsearch.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOI normalisation for storing and searching citations. DOIs are case-insensitive (DOI
 * Handbook, section 2.4), so the normal form is lower case without any "doi:" or resolver
 * prefix: "doi: 10.1155/2014/545490." and "https://doi.org/10.1155/2014/545490" both give
 * "10.1155/2014/545490".
 */
public final class Dois {
  /** "10." then a registrant code of 4 to 9 digits (sub-codes allowed), "/" and a suffix without spaces. */
  private static final Pattern VALID = Pattern.compile("10\\.\\d{4,9}(?:\\.\\d+)*/\\S+");
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:doi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/|info:doi/)", Pattern.CASE_INSENSITIVE);
  /** A DOI inside running text, with whatever prefix it was written with. */
  static final Pattern IN_TEXT = Pattern.compile(
      "(?:doi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}(?:\\.\\d+)*/[^\\s\"<>]+)", Pattern.CASE_INSENSITIVE);

  private Dois() {}

  /**
   * The normal form of a DOI as written, or empty when it is not a DOI. Trailing sentence
   * punctuation is dropped ("10.1155/2014/545490." is the same DOI), and so is a closing
   * bracket with no opening one inside the DOI.
   */
  public static Optional<String> normalize(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String s = PREFIX.matcher(written.strip()).replaceFirst("").strip();
    s = trimEnd(s).toLowerCase(Locale.ROOT);
    return VALID.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /** Whether {@code doi} is already in normal form. */
  public static boolean isNormal(String doi) {
    return doi != null && normalize(doi).filter(doi::equals).isPresent();
  }

  /** The first DOI in running text, with where it was written (prefix included). */
  static Optional<Found> findIn(String text) {
    Matcher m = IN_TEXT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String doi = trimEnd(m.group(1));
    int end = m.start(1) + doi.length();
    return normalize(doi).map(d -> new Found(d, m.start(), end));
  }

  record Found(String doi, int start, int end) {}

  private static String trimEnd(String s) {
    String t = s;
    while (!t.isEmpty()) {
      char last = t.charAt(t.length() - 1);
      boolean unmatched = (last == ')' && count(t, '(') < count(t, ')'))
          || (last == ']' && count(t, '[') < count(t, ']'));
      if (".,;:".indexOf(last) >= 0 || unmatched) {
        t = t.substring(0, t.length() - 1);
      } else {
        break;
      }
    }
    return t;
  }

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }
}
