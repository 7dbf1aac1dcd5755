package org.medsearch.search;

/** Edit distances for typo tolerance. */
final class Edits {
  private Edits() {}

  /**
   * The smallest Damerau-Levenshtein distance between {@code typed} and any prefix of
   * {@code word}, stopping early once it must exceed {@code max}. "myoclonis" against
   * "myoclonus" is 1; "alzhiemer" against "alzheimer" is 1 (a swap).
   */
  static int prefixDistance(String typed, String word, int max) {
    int n = typed.length();
    int m = Math.min(word.length(), n + max);
    // Three rows of the table (this one, the one before for insertions and deletions, the one
    // before that for swaps) instead of all of it: this runs for every candidate of a keystroke.
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2) && typed.charAt(i - 2) == word.charAt(j - 1)) {
          v = Math.min(v, before[j - 2] + 1);
        }
        current[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    int best = Integer.MAX_VALUE;
    for (int j = 0; j <= m; j++) {
      best = Math.min(best, previous[j]);
    }
    return best;
  }
}
