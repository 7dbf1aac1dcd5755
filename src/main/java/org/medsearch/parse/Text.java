package org.medsearch.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folding and key-making shared by the gazetteers and the citation normaliser. */
final class Text {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Text() {}

  /** Lower case without accents: "Ludo J. Vanopdenbösch" gives "ludo j. vanopdenbosch". */
  static String fold(String s) {
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * A lookup key that ignores case, accents, punctuation and "&" versus "and":
   * "Parkinsonism &amp; Related Disorders" and "parkinsonism and related disorders" share
   * "parkinsonism and related disorders"; "Children's" gives "childrens".
   */
  static String key(String s) {
    String folded = APOSTROPHES.matcher(fold(s).replace("&", " and ")).replaceAll("");
    return NOT_ALNUM.matcher(folded).replaceAll(" ").strip();
  }

  /** Collapses runs of white space, including line breaks inside a paragraph, to one space. */
  static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
