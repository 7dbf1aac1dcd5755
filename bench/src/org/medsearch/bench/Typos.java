package org.medsearch.bench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** Deterministic misspellings, the way people type: two neighbouring letters swapped inside a word. */
final class Typos {
  private Typos() {}

  /**
   * Lower-cases {@code text} and swaps the two letters in the middle of each of its
   * {@code count} longest words (ties: the earlier word): "Noonan syndrome" with 1 gives
   * "noonan sydnrome".
   */
  static String inLongestWords(String text, int count) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    Integer[] order = new Integer[words.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -letters(words[i])).thenComparingInt(i -> i));
    for (int k = 0; k < Math.min(count, order.length); k++) {
      String w = words[order[k]];
      if (letters(w) >= 5) {
        int mid = w.length() / 2;
        char[] c = w.toCharArray();
        if (Character.isLetter(c[mid - 1]) && Character.isLetter(c[mid])) {
          char t = c[mid - 1];
          c[mid - 1] = c[mid];
          c[mid] = t;
        }
        words[order[k]] = new String(c);
      }
    }
    return String.join(" ", words);
  }

  private static int letters(String w) {
    return (int) w.chars().filter(Character::isLetter).count();
  }
}
