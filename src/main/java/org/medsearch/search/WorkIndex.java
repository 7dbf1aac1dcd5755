package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.medsearch.index.Schema;

/**
 * What collapsing needs of every citation record of one index generation, in flat arrays by
 * docID, read once from doc values when the generation opens: the record's work (its global
 * ordinal: work keys sorted, so it breaks ties like the key), whether that work has other records
 * (and which of those shared works it is), its year and its journal label. A query then reads
 * arrays for each matching record ({@link WorkCollapse}) instead of three doc-value fields.
 * 16 bytes a document (16 MiB for a million records); immutable, safe for concurrent use.
 */
final class WorkIndex {
  static final int NONE = -1;
  static final int NO_YEAR = Integer.MIN_VALUE;
  /** Tables kept for reuse, and the most works a kept table may hold (about 6 MiB). */
  private static final int POOL = 8;
  private static final int MAX_KEPT_CAPACITY = 1 << 18;

  private final int[] work;
  private final int[] shared;
  private final int[] year;
  private final int[] journal;
  private final String[] journalLabels;
  private final int sharedWorks;
  /** Work tables for reuse, one per query running at a time up to {@link #POOL}. */
  private final ArrayBlockingQueue<WorkTable> tables = new ArrayBlockingQueue<>(POOL);

  private WorkIndex(int[] work, int[] shared, int[] year, int[] journal, String[] journalLabels, int sharedWorks) {
    this.work = work;
    this.shared = shared;
    this.year = year;
    this.journal = journal;
    this.journalLabels = journalLabels;
    this.sharedWorks = sharedWorks;
  }

  /** One pass over the work keys, years and journal labels of every record (deleted ones too: they are skipped at query time). */
  static WorkIndex build(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int maxDoc = reader.maxDoc();
    int[] work = filled(maxDoc, NONE);
    int[] year = filled(maxDoc, NO_YEAR);
    int[] journal = filled(maxDoc, NONE);
    OrdinalMap ords = ordinalMap(leaves);
    long works = ords != null ? ords.getValueCount()
        : leaves.isEmpty() ? 0 : DocValues.getSorted(leaves.get(0).reader(), Schema.CITE_WORK).getValueCount();
    FixedBitSet seen = new FixedBitSet((int) Math.max(1, works));
    FixedBitSet twice = new FixedBitSet((int) Math.max(1, works));
    Map<String, Integer> labelIds = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (LeafReaderContext leaf : leaves) {
      int base = leaf.docBase;
      SortedDocValues keys = DocValues.getSorted(leaf.reader(), Schema.CITE_WORK);
      LongValues global = ords == null ? null : ords.getGlobalOrds(leaf.ord);
      for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
        int w = (int) (global == null ? keys.ordValue() : global.get(keys.ordValue()));
        work[base + doc] = w;
        if (seen.getAndSet(w)) {
          twice.set(w);
        }
      }
      NumericDocValues years = DocValues.getNumeric(leaf.reader(), Schema.CITE_YEAR);
      for (int doc = years.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = years.nextDoc()) {
        year[base + doc] = (int) years.longValue();
      }
      SortedDocValues journals = DocValues.getSorted(leaf.reader(), Schema.CITE_JOURNAL_LABEL);
      int[] labelOf = new int[(int) journals.getValueCount()];
      for (int o = 0; o < labelOf.length; o++) {
        labelOf[o] = labelIds.computeIfAbsent(journals.lookupOrd(o).utf8ToString(), l -> {
          labels.add(l);
          return labels.size() - 1;
        });
      }
      for (int doc = journals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = journals.nextDoc()) {
        journal[base + doc] = labelOf[journals.ordValue()];
      }
    }
    // Shared works numbered densely, so a query's slot table is as small as their count.
    int[] sharedIndex = new int[(int) works];
    int n = 0;
    for (int w = 0; w < works; w++) {
      sharedIndex[w] = twice.get(w) ? n++ : NONE;
    }
    int[] shared = new int[maxDoc];
    for (int d = 0; d < maxDoc; d++) {
      shared[d] = work[d] == NONE ? NONE : sharedIndex[work[d]];
    }
    return new WorkIndex(work, shared, year, journal, labels.toArray(String[]::new), n);
  }

  /** Global numbers for work keys across segments, sorted like the keys; none needed for one segment. */
  private static OrdinalMap ordinalMap(List<LeafReaderContext> leaves) throws IOException {
    if (leaves.size() <= 1) {
      return null;
    }
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), Schema.CITE_WORK);
    }
    return OrdinalMap.build(null, values, PackedInts.DEFAULT);
  }

  private static int[] filled(int n, int value) {
    int[] a = new int[n];
    Arrays.fill(a, value);
    return a;
  }

  /** The global work ordinal of the record {@code doc}, {@link #NONE} when it is no citation record. */
  int work(int doc) {
    return work[doc];
  }

  /** Which of the works with several records the record's work is, {@link #NONE} when it is the work's only record. */
  int shared(int doc) {
    return shared[doc];
  }

  /** The record's year, {@link #NO_YEAR} without one. */
  int year(int doc) {
    return year[doc];
  }

  /** The number of the record's journal label (see {@link #journalLabel}), {@link #NONE} without one. */
  int journal(int doc) {
    return journal[doc];
  }

  String journalLabel(int number) {
    return journalLabels[number];
  }

  int journalLabels() {
    return journalLabels.length;
  }

  int sharedWorks() {
    return sharedWorks;
  }

  /** An empty work table for one pass; give it back with {@link #release} when its results are no longer read. */
  WorkTable borrow() {
    WorkTable t = tables.poll();
    if (t == null) {
      return new WorkTable(sharedWorks);
    }
    t.clear();
    return t;
  }

  /** Keeps the table for another query unless the pool is full or the table large (an export of many works). */
  void release(WorkTable t) {
    if (t.capacity() <= MAX_KEPT_CAPACITY) {
      tables.offer(t);
    }
  }
}
