package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The topic's name and aliases as landmarks in a tier block. Resource titles on the site are
 * mostly the topic name ("mayo clinic myoclonus"), so where no publisher is known the name
 * still shows where one title ends.
 */
final class Anchors {
  /** Endings dropped to reach a stem: "myoclonus" and "myoclonic" share "myoclon". */
  private static final List<String> ENDINGS = List.of("ous", "us", "ic", "ia", "is", "al", "es", "um", "s", "a", "y");
  private static final int MIN_STEM = 4;

  private final List<List<String>> phrases;
  private final List<String> stems;

  private Anchors(List<List<String>> phrases, List<String> stems) {
    this.phrases = phrases;
    this.stems = stems;
  }

  static Anchors of(String topicTitle, List<String> aliases) {
    List<String> names = new ArrayList<>();
    names.add(Objects.requireNonNullElse(topicTitle, ""));
    names.addAll(aliases);
    List<List<String>> phrases = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    for (String name : names) {
      List<String> words = Words.keys(name);
      if (!words.isEmpty()) {
        phrases.add(words);
        stems.add(stem(words.get(0)));
      }
    }
    // Longest first, so that "myoclonic jerks" is preferred to "myoclonic".
    phrases.sort((a, b) -> Integer.compare(b.size(), a.size()));
    return new Anchors(List.copyOf(phrases), List.copyOf(stems));
  }

  /** How many words from {@code from} spell the topic name or an alias exactly; 0 if none. */
  int exactAt(List<Words.Word> words, int from) {
    for (List<String> phrase : phrases) {
      if (from + phrase.size() <= words.size()) {
        boolean same = true;
        for (int i = 0; i < phrase.size() && same; i++) {
          same = words.get(from + i).key().equals(phrase.get(i));
        }
        if (same) {
          return phrase.size();
        }
      }
    }
    return 0;
  }

  /** Whether a word shares the stem of the topic's (or an alias's) head word: "myoclonic" for Myoclonus. */
  boolean related(Words.Word word) {
    return stems.stream().anyMatch(s -> s.length() >= MIN_STEM && word.key().startsWith(s));
  }

  static String stem(String word) {
    for (String ending : ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }
}
