package org.medsearch.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.medsearch.index.Schema;

/**
 * One pass over the records matching a query, collapsing copies of a work (same
 * {@link Schema#CITE_WORK}) into one: the best-scoring record stands for the work (on equal
 * scores the first in the index). With {@code facets}, the request's journal and year filters
 * are checked per record here rather than in the query, so that in the same pass the year
 * counts can ignore the year filter and the journal counts the journal filter (drill-sideways,
 * as {@code /api/search} counts its facets); counts are of works, like the total. When both
 * filters are set, records that pass neither are skipped by the query itself. Everything read
 * per record comes from the arrays of {@link WorkIndex}, and the journal filter's records are
 * stepped through alongside. A request without free words is not scored: every record of it
 * would score 0 (its clauses are all filters), so the order falls to the year and the work.
 */
final class WorkCollapse {
  static final int NO_YEAR = WorkTable.NO_YEAR;
  /** Facet values listed per dimension, the largest counts first. */
  static final int MAX_FACET_VALUES = 100;

  private final IndexSearcher searcher;
  private final WorkIndex works;
  private final CitationRequest request;
  private final boolean facets;

  WorkCollapse(IndexSearcher searcher, WorkIndex works, CitationRequest request, boolean facets) {
    this.searcher = searcher;
    this.works = works;
    this.request = request;
    this.facets = facets;
  }

  /** Collapses the records of {@code base}; with facets, the request's journal and year filters as queries (null when not set). */
  CollapsedWorks run(Query base, Query journalFilter, Query yearFilterQuery) throws IOException {
    Query query = base;
    if (facets && journalFilter != null && yearFilterQuery != null) {
      query = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST)
          .add(new BooleanQuery.Builder().add(journalFilter, BooleanClause.Occur.SHOULD)
              .add(yearFilterQuery, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER)
          .build();
    }
    boolean scored = !request.q().isEmpty();
    Weight weight = searcher.createWeight(searcher.rewrite(query),
        scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
    Weight journals = facets && journalFilter != null
        ? searcher.createWeight(searcher.rewrite(journalFilter), ScoreMode.COMPLETE_NO_SCORES, 1f) : null;
    boolean[] years = facets ? allowedYears() : null;
    WorkTable t = works.borrow();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator inJournals = journals == null ? null : iterator(journals, leaf);
        Bits live = leaf.reader().getLiveDocs();
        int docBase = leaf.docBase;
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          int d = docBase + doc;
          int work = works.work(d);
          if ((live != null && !live.get(doc)) || work == WorkIndex.NONE) {
            continue;
          }
          int year = works.year(d);
          boolean yearOk = years == null || yearMatches(years, year);
          boolean journalOk = inJournals == null || (inJournals.docID() < doc ? inJournals.advance(doc) : inJournals.docID()) == doc;
          if (!yearOk && !journalOk) {
            continue;
          }
          // Most works have one record: those need no lookup to find whether they were met before.
          int shared = works.shared(d);
          int w = shared == WorkIndex.NONE ? t.append(work) : t.slot(shared, work);
          if (yearOk && journalOk) {
            float score = scored ? scorer.score() : 0f;
            if ((t.flags[w] & WorkTable.MAIN) == 0 || score > t.score[w]) {
              t.flags[w] |= WorkTable.MAIN;
              t.doc[w] = d;
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
            t.countedJournal[w] = works.journal(d);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      t.endLookups();
      works.release(t);
      throw e;
    }
    t.endLookups();
    return new CollapsedWorks(t, works);
  }

  /** The records passing {@code filter} in one segment, stepped along with the query's (both go up). */
  private static DocIdSetIterator iterator(Weight filter, LeafReaderContext leaf) throws IOException {
    Scorer s = filter.scorer(leaf);
    return s == null ? DocIdSetIterator.empty() : s.iterator();
  }

  /** The year filter as a table of the years 0 to {@link CitationRequest#MAX_YEAR}; null when there is none. */
  private boolean[] allowedYears() {
    if (request.years().isEmpty() && request.yearFrom() == null && request.yearTo() == null) {
      return null;
    }
    boolean[] allowed = new boolean[CitationRequest.MAX_YEAR + 1];
    for (int y = 0; y < allowed.length; y++) {
      allowed[y] = yearMatches(y);
    }
    return allowed;
  }

  private boolean yearMatches(boolean[] allowed, int year) {
    return year >= 0 && year < allowed.length ? allowed[year] : yearMatches(year);
  }

  private boolean yearMatches(int year) {
    if (year == NO_YEAR) {
      return false;
    }
    return (request.years().isEmpty() || request.years().contains(year))
        && (request.yearFrom() == null || year >= request.yearFrom())
        && (request.yearTo() == null || year <= request.yearTo());
  }
}
