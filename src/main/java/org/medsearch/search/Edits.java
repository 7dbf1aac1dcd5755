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
    int[] last = lastRow(typed, word, Math.min(word.length(), typed.length() + max), max);
    if (last == null) {
      return max + 1;
    }
    int best = Integer.MAX_VALUE;
    for (int d : last) {
      best = Math.min(best, d);
    }
    return best;
  }

  /**
   * The Damerau-Levenshtein distance between {@code a} and {@code b} (a swap of two neighbouring
   * letters is one edit), or {@code max + 1} once it must exceed {@code max}: "cipprofloxin"
   * against "ciprofloxacin" is 3.
   */
  static int distance(String a, String b, int max) {
    int[] last = lastRow(a, b, b.length(), max);
    return last == null ? max + 1 : Math.min(last[b.length()], max + 1);
  }

  /**
   * The last row of the edit table of {@code typed} against the first {@code m} letters of
   * {@code word}: entry j is the distance to its first j letters. Null once every entry of a row
   * exceeds {@code max}.
   */
  private static int[] lastRow(String typed, String word, int m, int max) {
    int n = typed.length();
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
        return null;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous;
  }
}
