package org.medsearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import org.apache.lucene.util.LongValues;
import org.medsearch.index.Schema;

/**
 * One pass over the records matching a query, collapsing copies of a work (same
 * {@link Schema#CITE_WORK}) into one: the best-scoring record stands for the work (on equal
 * scores the first in the index). With {@code facets}, the request's journal and year filters
 * are checked per record here rather than in the query, so that in the same pass the year
 * counts can ignore the year filter and the journal counts the journal filter (drill-sideways,
 * as {@code /api/search} counts its facets); counts are of works, like the total. When both
 * filters are set, records that pass neither are skipped by the query itself.
 */
final class WorkCollapse {
  static final int NO_YEAR = WorkTable.NO_YEAR;
  /** Facet values listed per dimension, the largest counts first. */
  static final int MAX_FACET_VALUES = 100;

  private final IndexSearcher searcher;
  private final OrdinalMap ords;
  private final Bits shared;
  private final CitationRequest request;
  private final boolean facets;

  /** {@code shared}: by global work ordinal, whether the work has more than one record (see {@link #sharedWorks}). */
  WorkCollapse(IndexSearcher searcher, OrdinalMap ords, Bits shared, CitationRequest request, boolean facets) {
    this.searcher = searcher;
    this.ords = ords;
    this.shared = shared;
    this.request = request;
    this.facets = facets;
  }

  /** Collapses the records of {@code base}; with facets, {@code filters} are the request's journal and year filters as a query. */
  Result run(Query base, Query journalFilter, Query yearFilterQuery) throws IOException {
    Query query = base;
    if (facets && journalFilter != null && yearFilterQuery != null) {
      query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
          .add(new BooleanQuery.Builder().add(journalFilter, BooleanClause.Occur.SHOULD)
              .add(yearFilterQuery, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER)
          .build();
    }
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    Set<String> journalKeys = facets && !request.journals().isEmpty() ? CitationQuery.journalKeys(request.journals()) : null;
    boolean yearFilter = facets && (!request.years().isEmpty() || request.yearFrom() != null || request.yearTo() != null);
    WorkTable t = new WorkTable();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      SortedDocValues workValues = DocValues.getSorted(leaf.reader(), Schema.CITE_WORK);
      NumericDocValues years = DocValues.getNumeric(leaf.reader(), Schema.CITE_YEAR);
      SortedDocValues labels = facets ? DocValues.getSorted(leaf.reader(), Schema.CITE_JOURNAL_LABEL) : null;
      String[] labelCache = labels == null ? null : new String[(int) labels.getValueCount()];
      SortedSetDocValues journals = journalKeys == null ? null : DocValues.getSortedSet(leaf.reader(), Schema.CITE_JOURNAL);
      long[] wantedJournals = journals == null ? null : ordsOf(journals, journalKeys);
      LongValues global = ords == null ? null : ords.getGlobalOrds(leaf.ord);
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if ((live != null && !live.get(doc)) || !workValues.advanceExact(doc)) {
          continue;
        }
        int year = years.advanceExact(doc) ? (int) years.longValue() : NO_YEAR;
        boolean yearOk = !yearFilter || yearMatches(year);
        boolean journalOk = journals == null || journalMatches(journals, doc, wantedJournals);
        if (!yearOk && !journalOk) {
          continue;
        }
        long seg = workValues.ordValue();
        long work = global == null ? seg : global.get(seg);
        // Most works have one record: those need no lookup to find whether they were met before.
        int w = shared.get((int) work) ? t.slot(work) : t.append(work);
        if (yearOk && journalOk) {
          float score = scorer.score();
          if ((t.flags[w] & WorkTable.MAIN) == 0 || score > t.score[w]) {
            t.flags[w] |= WorkTable.MAIN;
            t.doc[w] = leaf.docBase + doc;
            t.score[w] = score;
            t.year[w] = year;
          }
        }
        if (facets && journalOk && (t.flags[w] & WorkTable.IN_YEAR_COUNTS) == 0) {
          t.flags[w] |= WorkTable.IN_YEAR_COUNTS;
          t.countedYear[w] = year;
        }
        if (facets && yearOk && (t.flags[w] & WorkTable.IN_JOURNAL_COUNTS) == 0) {
          t.flags[w] |= WorkTable.IN_JOURNAL_COUNTS;
          t.countedJournal[w] = label(labels, labelCache, doc);
        }
      }
    }
    return new Result(t);
  }

  /**
   * The works with more than one record, by global work ordinal: one pass over the work keys
   * when a generation is opened (records already deleted may count, which only costs a lookup).
   */
  static FixedBitSet sharedWorks(IndexSearcher searcher, OrdinalMap ords) throws IOException {
    long count = 0;
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (LeafReaderContext leaf : leaves) {
      count = Math.max(count, DocValues.getSorted(leaf.reader(), Schema.CITE_WORK).getValueCount());
    }
    if (ords != null) {
      count = ords.getValueCount();
    }
    FixedBitSet seen = new FixedBitSet((int) Math.max(1, count));
    FixedBitSet shared = new FixedBitSet((int) Math.max(1, count));
    for (LeafReaderContext leaf : leaves) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), Schema.CITE_WORK);
      LongValues global = ords == null ? null : ords.getGlobalOrds(leaf.ord);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        int work = (int) (global == null ? values.ordValue() : global.get(values.ordValue()));
        if (seen.getAndSet(work)) {
          shared.set(work);
        }
      }
    }
    return shared;
  }

  private boolean yearMatches(int year) {
    if (year == NO_YEAR) {
      return false;
    }
    return (request.years().isEmpty() || request.years().contains(year))
        && (request.yearFrom() == null || year >= request.yearFrom())
        && (request.yearTo() == null || year <= request.yearTo());
  }

  private static long[] ordsOf(SortedSetDocValues values, Set<String> keys) throws IOException {
    long[] found = new long[keys.size()];
    int n = 0;
    for (String k : keys) {
      long ord = values.lookupTerm(new BytesRef(k));
      if (ord >= 0) {
        found[n++] = ord;
      }
    }
    long[] out = Arrays.copyOf(found, n);
    Arrays.sort(out);
    return out;
  }

  private static boolean journalMatches(SortedSetDocValues values, int doc, long[] wanted) throws IOException {
    if (wanted.length == 0 || !values.advanceExact(doc)) {
      return false;
    }
    for (int i = 0; i < values.docValueCount(); i++) {
      if (Arrays.binarySearch(wanted, values.nextOrd()) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String label(SortedDocValues labels, String[] cache, int doc) throws IOException {
    if (!labels.advanceExact(doc)) {
      return null;
    }
    int ord = labels.ordValue();
    if (cache[ord] == null) {
      cache[ord] = labels.lookupOrd(ord).utf8ToString();
    }
    return cache[ord];
  }

  /** The collapsed works of one query. */
  static final class Result {
    private final WorkTable t;
    private final int[] main;

    Result(WorkTable t) {
      this.t = t;
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
      return c != 0 ? c : Long.compare(t.ord[a], t.ord[b]);
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
      for (int y = CitationRequest.MAX_YEAR; y >= 0 && out.size() < MAX_FACET_VALUES; y--) {
        if (counts[y] > 0) {
          out.put(String.valueOf(y), counts[y]);
        }
      }
      return out;
    }

    /** Works by journal, the most frequent first, then by name. */
    Map<String, Long> journalCounts() {
      Map<String, long[]> counts = new HashMap<>();
      for (int i = 0; i < t.size; i++) {
        if ((t.flags[i] & WorkTable.IN_JOURNAL_COUNTS) != 0 && t.countedJournal[i] != null) {
          counts.computeIfAbsent(t.countedJournal[i], k -> new long[1])[0]++;
        }
      }
      Map<String, Long> out = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, long[]>comparingByValue((a, b) -> Long.compare(b[0], a[0]))
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_FACET_VALUES)
          .forEach(e -> out.put(e.getKey(), e.getValue()[0]));
      return out;
    }
  }
}
