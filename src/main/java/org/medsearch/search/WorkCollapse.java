package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.medsearch.index.Schema;

/**
 * One pass over the records matching a query, collapsing copies of a work (same
 * {@link Schema#CITE_WORK}) into one: the best-scoring record stands for the work (on equal
 * scores the first in the index). With {@code facets}, the request's journal and year filters
 * are checked per record here rather than in the query, so that in the same pass the year
 * counts can ignore the year filter and the journal counts the journal filter (drill-sideways,
 * as {@code /api/search} counts its facets); counts are of works, like the total.
 */
final class WorkCollapse {
  static final int NO_YEAR = Integer.MIN_VALUE;
  /** Facet values listed per dimension, the largest counts first. */
  static final int MAX_FACET_VALUES = 100;

  private final IndexSearcher searcher;
  private final OrdinalMap ords;
  private final CitationRequest request;
  private final boolean facets;

  WorkCollapse(IndexSearcher searcher, OrdinalMap ords, CitationRequest request, boolean facets) {
    this.searcher = searcher;
    this.ords = ords;
    this.request = request;
    this.facets = facets;
  }

  /** A work: the record standing for it and what the facets count. */
  static final class Work {
    final long ord;
    boolean main;
    int doc = -1;
    float score;
    int year = NO_YEAR;
    boolean inYearCounts;
    int countedYear = NO_YEAR;
    boolean inJournalCounts;
    String countedJournal;

    Work(long ord) {
      this.ord = ord;
    }
  }

  Result run(Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    Set<String> journalKeys = facets && !request.journals().isEmpty() ? CitationQuery.journalKeys(request.journals()) : null;
    boolean yearFilter = facets && (!request.years().isEmpty() || request.yearFrom() != null || request.yearTo() != null);
    Map<Long, Work> works = new HashMap<>();
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
        Work w = works.computeIfAbsent(global == null ? seg : global.get(seg), Work::new);
        if (yearOk && journalOk) {
          float score = scorer.score();
          if (!w.main || score > w.score) {
            w.main = true;
            w.doc = leaf.docBase + doc;
            w.score = score;
            w.year = year;
          }
        }
        if (facets && journalOk && !w.inYearCounts) {
          w.inYearCounts = true;
          w.countedYear = year;
        }
        if (facets && yearOk && !w.inJournalCounts) {
          w.inJournalCounts = true;
          w.countedJournal = label(labels, labelCache, doc);
        }
      }
    }
    return new Result(List.copyOf(works.values()));
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
    List<Long> found = new ArrayList<>();
    for (String k : keys) {
      long ord = values.lookupTerm(new BytesRef(k));
      if (ord >= 0) {
        found.add(ord);
      }
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
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
  record Result(List<Work> works) {
    /**
     * The works that pass every filter, in the order asked. Relevance: score, then newest, then
     * work key; year: newest (works without a year last), then score, then work key. The work
     * key (its global ordinal, which sorts like the key) makes the order total and stable.
     */
    List<Work> sorted(CitationRequest.Sort sort) {
      Comparator<Work> byScore = Comparator.comparingDouble((Work w) -> w.score).reversed();
      Comparator<Work> byYear = Comparator.comparingInt((Work w) -> w.year).reversed();
      Comparator<Work> order = sort == CitationRequest.Sort.YEAR ? byYear.thenComparing(byScore) : byScore.thenComparing(byYear);
      List<Work> main = new ArrayList<>();
      for (Work w : works) {
        if (w.main) {
          main.add(w);
        }
      }
      main.sort(order.thenComparingLong(w -> w.ord));
      return main;
    }

    /** Works by year, newest first. */
    Map<String, Long> yearCounts() {
      TreeMap<Integer, Long> counts = new TreeMap<>(Comparator.reverseOrder());
      for (Work w : works) {
        if (w.inYearCounts && w.countedYear != NO_YEAR) {
          counts.merge(w.countedYear, 1L, Long::sum);
        }
      }
      Map<String, Long> out = new LinkedHashMap<>();
      counts.entrySet().stream().limit(MAX_FACET_VALUES).forEach(e -> out.put(String.valueOf(e.getKey()), e.getValue()));
      return out;
    }

    /** Works by journal, the most frequent first, then by name. */
    Map<String, Long> journalCounts() {
      Map<String, Long> counts = new HashMap<>();
      for (Work w : works) {
        if (w.inJournalCounts && w.countedJournal != null) {
          counts.merge(w.countedJournal, 1L, Long::sum);
        }
      }
      Map<String, Long> out = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_FACET_VALUES)
          .forEach(e -> out.put(e.getKey(), e.getValue()));
      return out;
    }
  }
}
