package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with where each stands, so that a rule can match on folded words and
 * still cut the original text: "merck manuals (professional version) myoclonus" has the words
 * merck, manuals, professional, version, myoclonus.
 */
final class Words {
  /** Letters and digits, with an inner apostrophe ("children's") or an ampersand as a word. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*|&");

  private Words() {}

  record Word(String key, int start, int end) {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String key = Text.key(m.group());
      if (m.group().equals("&")) {
        key = "and";
      }
      if (!key.isEmpty()) {
        out.add(new Word(key.replace(" ", ""), m.start(), m.end()));
      }
    }
    return out;
  }

  /** The folded words of a name, as a gazetteer stores them. */
  static List<String> keys(String text) {
    return of(text).stream().map(Word::key).toList();
  }
}
