package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Where each term of one index generation is in the term dictionary, and its statistics, looked
 * up once for all searches: a query looks up each of its words in three or four fields, and
 * every lookup walks the dictionary's blocks with new reader objects (a quarter of what a search
 * allocated, 940 KiB a query on MedQuAD). Bounded: past {@link #MAX_TERMS} terms it starts over.
 */
final class TermCache {
  /** About 200 bytes each: at most a few MiB of heap. */
  static final int MAX_TERMS = 20_000;

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

  TermCache(IndexReader reader) {
    this.searcher = new IndexSearcher(reader);
  }

  /** A query for {@code term} that skips the dictionary lookup, scored as any {@link TermQuery}. */
  TermQuery query(Term term) {
    return new TermQuery(term, states(term));
  }

  /** In how many records of the generation {@code term} is. */
  int docFreq(Term term) {
    return states(term).docFreq();
  }

  /** How many records the generation has. */
  int maxDoc() {
    return searcher.getIndexReader().maxDoc();
  }

  /** How many terms are held now. */
  int size() {
    return states.size();
  }

  /** The term's dictionary entries in the generation, looked up once. */
  TermStates states(Term term) {
    TermStates found = states.get(term);
    if (found != null) {
      return found;
    }
    if (states.size() >= MAX_TERMS) {
      states.clear();
    }
    try {
      TermStates built = TermStates.build(searcher, term, true);
      states.put(term, built);
      return built;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
