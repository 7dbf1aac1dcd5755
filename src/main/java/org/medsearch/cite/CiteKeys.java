package org.medsearch.cite;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;

/**
 * Citation keys in the usual BibTeX form, first author's family name, year and first word of the
 * title: "sharma2014autosomal". Keys are unique within one export: a repeated key gets "a",
 * "b", ... ("sharma2014lateb"). Remembering the keys given is the only memory an export keeps
 * per record (about 40 bytes).
 */
final class CiteKeys {
  private static final Set<String> SKIP = Set.of("a", "an", "the", "on", "in", "of", "and", "for", "to", "with");
  private final Set<String> given = new HashSet<>();

  String next(Citation c) {
    String base = base(c);
    String key = base;
    for (int i = 0; !given.add(key); i++) {
      key = base + suffix(i);
    }
    return key;
  }

  static String base(Citation c) {
    String who = "anon";
    if (!c.author().isEmpty()) {
      Name first = c.author().get(0);
      who = ascii(first.family() != null ? first.family() : first.literal());
      if (who.isEmpty()) {
        who = "anon";
      }
    }
    String year = c.year().map(String::valueOf).orElse("");
    String word = "";
    if (c.title() != null) {
      for (String w : c.title().split("\\s+")) {
        String a = ascii(w);
        if (!a.isEmpty() && !SKIP.contains(a)) {
          word = a;
          break;
        }
      }
    }
    return who + year + word;
  }

  /** "a" .. "z", then "aa", "ab", ... */
  private static String suffix(int i) {
    StringBuilder sb = new StringBuilder();
    int n = i;
    do {
      sb.insert(0, (char) ('a' + n % 26));
      n = n / 26 - 1;
    } while (n >= 0);
    return sb.toString();
  }

  /** Lower-case ASCII letters and digits only: "Vanopdenbösch" gives "vanopdenbosch". */
  private static String ascii(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replaceAll("[^a-z0-9]", "");
  }
}
