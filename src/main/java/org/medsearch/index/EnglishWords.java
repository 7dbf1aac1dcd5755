package org.medsearch.index;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The English words of KStem's lexicon (about 27,500 base forms: "car", "retire", "fellow"),
 * which Lucene keeps in package-private tables of its KStem stemmer ({@code KStemData1} to
 * {@code KStemData8}). Read once by reflection; tells an English word from an abbreviation ("car"
 * from "dvt") and from a misspelling. Empty, with a warning, if a Lucene version moves the tables:
 * {@code EnglishWordsTest} fails then, so an upgrade cannot lose it unnoticed.
 */
public final class EnglishWords {
  private static final Logger LOG = LoggerFactory.getLogger(EnglishWords.class);
  private static final Set<String> WORDS = load();

  private EnglishWords() {}

  /** Whether {@code word} (lower case) is a word of the lexicon. */
  public static boolean contains(String word) {
    return WORDS.contains(word);
  }

  /** How many words the lexicon holds (0 when it could not be read). */
  public static int size() {
    return WORDS.size();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(40_000);
    try {
      for (int i = 1; i <= 8; i++) {
        Class<?> table = Class.forName("org.apache.lucene.analysis.en.KStemData" + i);
        for (Field f : table.getDeclaredFields()) {
          if (f.getType() == String[].class) {
            f.setAccessible(true);
            words.addAll(Arrays.asList((String[]) f.get(null)));
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("KStem's lexicon could not be read ({}): English words are not told from abbreviations", e.toString());
      return Set.of();
    }
    return Set.copyOf(words);
  }
}
