package org.medsearch.search;

import java.util.Arrays;

/**
 * The works met in one pass, in flat arrays: a slot per work holding the record standing for the
 * work and what the facets count. A work with one record gets a new slot without any lookup (it
 * cannot be met again); a work with several finds its slot in a table indexed by its number
 * among those works ({@link WorkIndex#shared}), borrowed from the generation and zeroed again
 * after the pass. About 25 bytes a work and no object per record, so an export of a million
 * works stays small.
 */
final class WorkTable {
  static final int NO_YEAR = WorkIndex.NO_YEAR;
  static final byte MAIN = 1;
  static final byte IN_YEAR_COUNTS = 2;
  static final byte IN_JOURNAL_COUNTS = 4;

  /** By shared-work number: its slot + 1, 0 when not met yet. */
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

  /** {@code slotOfShared}: zeroed, an entry per shared work. */
  WorkTable(int[] slotOfShared) {
    this.slotOfShared = slotOfShared;
  }

  /** A new slot for a work known to have one record only, so it cannot be met again: no lookup needed. */
  int append(int workOrd) {
    if (size == ord.length) {
      grow();
    }
    int s = size++;
    ord[s] = workOrd;
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

  /** Zeroes the entries this pass set and hands the table back; lookups are over after this. */
  int[] releaseSlots() {
    for (int i = 0; i < metCount; i++) {
      slotOfShared[met[i]] = 0;
    }
    metCount = 0;
    met = null;
    return slotOfShared;
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
