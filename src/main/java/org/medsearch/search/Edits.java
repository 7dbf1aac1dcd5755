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
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2) && typed.charAt(i - 2) == word.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    int best = Integer.MAX_VALUE;
    for (int j = 0; j <= m; j++) {
      best = Math.min(best, d[n][j]);
    }
    return best;
  }
}
