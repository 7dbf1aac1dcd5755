package org.medsearch.search;

import java.util.Arrays;

/**
 * The works met in one pass, in flat arrays: a slot per work holding the record standing for the
 * work and what the facets count. A work with one record gets a new slot without any lookup (it
 * cannot be met again); a work with several finds its slot in a table indexed by its number
 * among those works ({@link WorkIndex#shared}), zeroed again after the pass. About 25 bytes a
 * work and no object per record, so an export of a million works stays small. Tables are reused
 * from query to query ({@link WorkIndex#borrow}): a broad query meets tens of thousands of works,
 * and growing new arrays for each made most of a query's garbage (3 to 7 MiB).
 */
final class WorkTable {
  static final int NO_YEAR = WorkIndex.NO_YEAR;
  static final byte MAIN = 1;
  static final byte IN_YEAR_COUNTS = 2;
  static final byte IN_JOURNAL_COUNTS = 4;

  /** By shared-work number: its slot + 1, 0 when not met yet; zero again after {@link #endLookups}. */
  private final int[] slotOfShared;
  private int[] met = new int[16];
  private int metCount;
  int size;
  int[] ord = new int[16];
  int[] doc = new int[16];
  float[] score = new float[16];
  int[] year = new int[16];
  byte[] flags = new byte[16];
  int[] countedYear = new int[16];
  int[] countedJournal = new int[16];

  WorkTable(int sharedWorks) {
    this.slotOfShared = new int[sharedWorks];
  }

  /** Empties the table for another pass. */
  void clear() {
    size = 0;
  }

  int capacity() {
    return ord.length;
  }

  /** A new slot for a work known to have one record only, so it cannot be met again: no lookup needed. */
  int append(int workOrd) {
    if (size == ord.length) {
      grow();
    }
    int s = size++;
    ord[s] = workOrd;
    flags[s] = 0;
    year[s] = NO_YEAR;
    countedYear[s] = NO_YEAR;
    countedJournal[s] = WorkIndex.NONE;
    return s;
  }

  /** The slot of the shared work number {@code shared}, created empty when it is new. */
  int slot(int shared, int workOrd) {
    int s = slotOfShared[shared] - 1;
    if (s >= 0) {
      return s;
    }
    s = append(workOrd);
    slotOfShared[shared] = s + 1;
    if (metCount == met.length) {
      met = Arrays.copyOf(met, metCount * 2);
    }
    met[metCount++] = shared;
    return s;
  }

  /** Zeroes the lookup entries this pass set: the slots stay, no work can be added until {@link #clear}. */
  void endLookups() {
    for (int i = 0; i < metCount; i++) {
      slotOfShared[met[i]] = 0;
    }
    metCount = 0;
  }

  private void grow() {
    int n = ord.length * 2;
    ord = Arrays.copyOf(ord, n);
    doc = Arrays.copyOf(doc, n);
    score = Arrays.copyOf(score, n);
    year = Arrays.copyOf(year, n);
    flags = Arrays.copyOf(flags, n);
    countedYear = Arrays.copyOf(countedYear, n);
    countedJournal = Arrays.copyOf(countedJournal, n);
  }
}
