package org.medsearch.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.util.IntroSorter;

/**
 * The works one query met, collapsed ({@link WorkCollapse}): the total, a page in order, the facet
 * counts. Close it when done reading: its table goes back to the generation for the next query.
 */
final class CollapsedWorks implements AutoCloseable {
  private final WorkTable t;
  private final WorkIndex works;
  private final int[] main;
  private boolean closed;

  CollapsedWorks(WorkTable t, WorkIndex works) {
    this.t = t;
    this.works = works;
    int n = 0;
    for (int i = 0; i < t.size; i++) {
      n += (t.flags[i] & WorkTable.MAIN) != 0 ? 1 : 0;
    }
    main = new int[n];
    n = 0;
    for (int i = 0; i < t.size; i++) {
      if ((t.flags[i] & WorkTable.MAIN) != 0) {
        main[n++] = i;
      }
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      works.release(t);
    }
  }

  /** Works passing every filter. */
  int total() {
    return main.length;
  }

  int doc(int slot) {
    return t.doc[slot];
  }

  float score(int slot) {
    return t.score[slot];
  }

  /**
   * The first {@code limit} works passing every filter, as slots, in the order asked.
   * Relevance: score, then newest, then work key; year: newest (works without a year last),
   * then score, then work key. The work key (its global ordinal, which sorts like the key)
   * makes the order total and stable.
   */
  int[] top(CitationRequest.Sort sort, int limit) {
    boolean byYear = sort == CitationRequest.Sort.YEAR;
    if (limit < main.length / 8) {
      return best(limit, byYear);
    }
    int[] all = main.clone();
    new IntroSorter() {
      private int pivot;

      @Override
      protected void setPivot(int i) {
        pivot = all[i];
      }

      @Override
      protected int comparePivot(int j) {
        return order(pivot, all[j], byYear);
      }

      @Override
      protected void swap(int i, int j) {
        int x = all[i];
        all[i] = all[j];
        all[j] = x;
      }

      @Override
      protected int compare(int i, int j) {
        return order(all[i], all[j], byYear);
      }
    }.sort(0, all.length);
    return limit >= all.length ? all : Arrays.copyOf(all, limit);
  }

  /** The first {@code limit} in one pass, keeping a sorted array of the best so far (a page among many works). */
  private int[] best(int limit, boolean byYear) {
    int[] best = new int[limit];
    int n = 0;
    for (int x : main) {
      if (n == limit && order(x, best[n - 1], byYear) >= 0) {
        continue;
      }
      int lo = 0;
      int hi = n;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (order(best[mid], x, byYear) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int moved = Math.min(n, limit - 1) - lo;
      System.arraycopy(best, lo, best, lo + 1, moved);
      best[lo] = x;
      n = Math.min(n + 1, limit);
    }
    return Arrays.copyOf(best, n);
  }

  private int order(int a, int b, boolean byYear) {
    int c = byYear ? Integer.compare(t.year[b], t.year[a]) : Float.compare(t.score[b], t.score[a]);
    if (c == 0) {
      c = byYear ? Float.compare(t.score[b], t.score[a]) : Integer.compare(t.year[b], t.year[a]);
    }
    return c != 0 ? c : Integer.compare(t.ord[a], t.ord[b]);
  }

  /** Works by year, newest first. */
  Map<String, Long> yearCounts() {
    long[] counts = new long[CitationRequest.MAX_YEAR + 1];
    for (int i = 0; i < t.size; i++) {
      int y = t.countedYear[i];
      if ((t.flags[i] & WorkTable.IN_YEAR_COUNTS) != 0 && y >= 0 && y <= CitationRequest.MAX_YEAR) {
        counts[y]++;
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (int y = CitationRequest.MAX_YEAR; y >= 0 && out.size() < WorkCollapse.MAX_FACET_VALUES; y--) {
      if (counts[y] > 0) {
        out.put(String.valueOf(y), counts[y]);
      }
    }
    return out;
  }

  /** Works by journal, the most frequent first, then by name. */
  Map<String, Long> journalCounts() {
    long[] counts = new long[works.journalLabels()];
    for (int i = 0; i < t.size; i++) {
      if ((t.flags[i] & WorkTable.IN_JOURNAL_COUNTS) != 0 && t.countedJournal[i] != WorkIndex.NONE) {
        counts[t.countedJournal[i]]++;
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    IntStream.range(0, counts.length).filter(j -> counts[j] > 0).boxed()
        .sorted(Comparator.<Integer>comparingLong(j -> -counts[j]).thenComparing(works::journalLabel))
        .limit(WorkCollapse.MAX_FACET_VALUES)
        .forEach(j -> out.put(works.journalLabel(j), counts[j]));
    return out;
  }
}
