package org.medsearch.cite;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text to BibTeX field values. LaTeX's special characters are escaped ("50% & more" gives
 * "50\% \& more"), braces too, so every value has balanced braces whatever it holds; accented
 * letters of Latin-1 with an acute, grave, umlaut or tilde become LaTeX accents ("é" gives
 * "{\'e}"); dashes become "--" and "---".
 * Other characters (å, ç, ø, ß, Ł, ź, Greek, ...) stay as UTF-8, which biber, JabRef and Zotero read, and
 * which jbibtex's LaTeX decoder would not give back from {\r a}, {\c c}, {\L} or {\'z}.
 */
final class Latex {
  /**
   * Combining marks, after decomposition, and their LaTeX accent commands: the accents that
   * jbibtex (and so JabRef) decodes back; letters with other accents stay as UTF-8.
   */
  private static final Map<Character, String> ACCENTS = Map.of(
      '\u0301', "'", '\u0300', "`", '\u0308', "\"", '\u0303', "~");
  /** Accented letters up to here (Latin-1: é, ü, å, ç, ñ ...) are written as LaTeX accents; jbibtex decodes no others. */
  private static final char LATIN_1 = '\u00FF';
  /** Dashes, as LaTeX writes them. */
  private static final Map<Character, String> LETTERS = Map.of('–', "--", '—', "---");

  private Latex() {}

  static String escape(String s) {
    if (s == null) {
      return null;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length() + 16);
    for (int i = 0; i < d.length(); i++) {
      char ch = d.charAt(i);
      int next = i + 1;
      if (next < d.length() && ACCENTS.containsKey(d.charAt(next)) && Character.isLetter(ch)
          && Normalizer.normalize(d.substring(i, next + 1), Normalizer.Form.NFC).charAt(0) <= LATIN_1) {
        // "e" + U+0301 gives {\'e} ({\'i}: LaTeX2e and jbibtex take a plain i under an accent)
        out.append("{\\").append(ACCENTS.get(d.charAt(next))).append(ch).append('}');
        i = next;
        continue;
      }
      switch (ch) {
        case '\\' -> out.append("{\\textbackslash}");
        case '{', '}', '$', '&', '%', '#', '_' -> out.append('\\').append(ch);
        case '~' -> out.append("{\\textasciitilde}");
        case '^' -> out.append("{\\textasciicircum}");
        default -> out.append(LETTERS.getOrDefault(ch, String.valueOf(ch)));
      }
    }
    return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
  }

  /** A title, its words with capitals braced after the first word ("{India}", "{ADCME}"). */
  static String title(String s) {
    StringBuilder out = new StringBuilder();
    String[] words = s.split("(?<=\\s)|(?=\\s)");
    boolean first = true;
    for (String w : words) {
      if (w.isBlank()) {
        out.append(w);
        continue;
      }
      String e = escape(w);
      boolean capitals = w.chars().skip(first ? 1 : 0).anyMatch(Character::isUpperCase);
      out.append(capitals ? "{" + e + "}" : e);
      first = false;
    }
    return out.toString();
  }

  /** DOIs and URLs: only braces and backslashes would break the value; everything else is kept as is. */
  static String verbatim(String s) {
    return s == null ? null : s.replace("\\", "").replace("{", "%7B").replace("}", "%7D");
  }
}
