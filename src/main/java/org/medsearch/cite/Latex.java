package org.medsearch.cite;

import java.text.Normalizer;
import java.util.Map;

/**
 * Text to BibTeX field values. LaTeX's special characters are escaped ("50% & more" gives
 * "50\% \& more"), braces too, so every value has balanced braces whatever it holds; accented
 * letters become LaTeX accents ("é" gives "{\'e}", "ø" "{\o}"); dashes become "--" and "---".
 * Other characters stay as UTF-8, which BibTeX 0.99d, biber, JabRef and Zotero all read.
 */
final class Latex {
  /** Combining marks, after decomposition, and their LaTeX accent commands. */
  private static final Map<Character, String> ACCENTS = Map.ofEntries(
      Map.entry('\u0301', "'"), Map.entry('\u0300', "`"), Map.entry('\u0302', "^"), Map.entry('\u0308', "\""),
      Map.entry('\u0303', "~"), Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u0327', "c "),
      Map.entry('\u030C', "v "), Map.entry('\u0306', "u "), Map.entry('\u030A', "r "), Map.entry('\u030B', "H "),
      Map.entry('\u0328', "k "));
  /** Letters that are not a base letter plus an accent. */
  private static final Map<Character, String> LETTERS = Map.ofEntries(
      Map.entry('ß', "{\\ss}"), Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"), Map.entry('æ', "{\\ae}"),
      Map.entry('Æ', "{\\AE}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ł', "{\\l}"),
      Map.entry('Ł', "{\\L}"), Map.entry('ı', "{\\i}"), Map.entry('–', "--"), Map.entry('—', "---"));

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
      if (next < d.length() && ACCENTS.containsKey(d.charAt(next)) && Character.isLetter(ch)) {
        // "e" + U+0301 gives {\'e}; a dotless i under an accent, as LaTeX wants it: {\'\i}
        String base = ch == 'i' ? "\\i" : ch == 'j' ? "\\j" : String.valueOf(ch);
        String accent = ACCENTS.get(d.charAt(next));
        out.append("{\\").append(accent).append(base).append('}');
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
