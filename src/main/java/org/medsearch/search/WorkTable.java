package org.medsearch.search;

import java.util.Arrays;

/**
 * The works met in one pass, in flat arrays: a work's global ordinal maps to a slot (open
 * addressing on a power-of-two table), and the slot holds the record standing for the work and
 * what the facets count. About 30 bytes a work and no object per record, so collapsing tens of
 * thousands of records takes a millisecond or two and an export of a million works stays small.
 */
final class WorkTable {
  static final int NO_YEAR = Integer.MIN_VALUE;
  static final byte MAIN = 1;
  static final byte IN_YEAR_COUNTS = 2;
  static final byte IN_JOURNAL_COUNTS = 4;

  private long[] keys = new long[64];
  private int[] slots = new int[64];
  private int mask = 63;
  int size;
  long[] ord = new long[16];
  int[] doc = new int[16];
  float[] score = new float[16];
  int[] year = new int[16];
  byte[] flags = new byte[16];
  int[] countedYear = new int[16];
  String[] countedJournal = new String[16];

  /** A new slot for a work known to have one record only, so it cannot be met again: no lookup needed. */
  int append(long workOrd) {
    if (size == ord.length) {
      grow();
    }
    int s = size++;
    ord[s] = workOrd;
    year[s] = NO_YEAR;
    countedYear[s] = NO_YEAR;
    return s;
  }

  /** The slot of the work, created empty when it is new. */
  int slot(long workOrd) {
    int i = (int) mix(workOrd) & mask;
    while (slots[i] != 0) {
      if (keys[i] == workOrd) {
        return slots[i] - 1;
      }
      i = (i + 1) & mask;
    }
    if (size == ord.length) {
      grow();
    }
    int s = size++;
    keys[i] = workOrd;
    slots[i] = s + 1;
    ord[s] = workOrd;
    year[s] = NO_YEAR;
    countedYear[s] = NO_YEAR;
    if (size * 2 > keys.length) {
      rehash();
    }
    return s;
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

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldSlots.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldSlots[j] != 0) {
        int i = (int) mix(oldKeys[j]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        slots[i] = oldSlots[j];
      }
    }
  }

  private static long mix(long x) {
    long h = x * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }
}
