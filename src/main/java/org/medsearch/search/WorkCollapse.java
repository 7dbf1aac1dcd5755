package org.medsearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
  CollapsedWorks run(Query base, Query journalFilter, Query yearFilterQuery) throws IOException {
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
    return new CollapsedWorks(t);
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
}
