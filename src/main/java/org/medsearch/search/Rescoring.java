package org.medsearch.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Adds the score of a second query to the best hits of a ranking (Lucene's {@code QueryRescorer}
 * for hits sorted by score, then id): each hit's sort values become its new score and its id,
 * and the hits are sorted again the same way.
 */
final class Rescoring {
  private Rescoring() {}

  /** A hit's id sort value: the id, or its ordinal ({@link IdOrder}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Comparable<Object> id(FieldDoc d) {
    return (Comparable) d.fields[1];
  }

  /** {@code hits} (FieldDocs of score then id) with {@code extra}'s score added, sorted again. */
  static ScoreDoc[] add(IndexSearcher searcher, Query extra, ScoreDoc[] hits) throws IOException {
    return add(searcher, extra, null, null, hits);
  }

  /**
   * {@code hits} with the scores of {@code extra} (may be null) and of {@code pairs} (may be null,
   * their words looked up in {@code terms}) added, sorted again.
   */
  static ScoreDoc[] add(IndexSearcher searcher, Query extra, ProximityPairs pairs, TermCache terms, ScoreDoc[] hits)
      throws IOException {
    if (hits.length == 0) {
      return hits;
    }
    FieldDoc[] byDoc = new FieldDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      FieldDoc fd = (FieldDoc) hits[i];
      byDoc[i] = new FieldDoc(fd.doc, fd.score, fd.fields.clone());
    }
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    Weight weight = extra == null ? null : searcher.createWeight(searcher.rewrite(extra), ScoreMode.COMPLETE, 1f);
    boolean withPairs = pairs != null && !pairs.isEmpty();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    TwoPhaseIterator verify = null;
    DocIdSetIterator candidates = null;
    ProximityPairs.Leaf pairScorer = null;
    for (FieldDoc d : byDoc) {
      LeafReaderContext at = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
      if (at != leaf) {
        leaf = at;
        pairScorer = withPairs ? pairs.leaf(searcher, terms, leaf) : null;
        scorer = weight == null ? null : weight.scorer(leaf);
        // Phrases are checked at the hits only: the scorer's own iterator, advanced to a hit that
        // lacks the phrase, checks positions at every later record with the words until one has it.
        verify = scorer == null ? null : scorer.twoPhaseIterator();
        candidates = scorer == null ? null : verify != null ? verify.approximation() : scorer.iterator();
      }
      int target = d.doc - leaf.docBase;
      if (pairScorer != null) {
        float near = pairScorer.score(target);
        if (near != 0) {
          d.fields[0] = (Float) d.fields[0] + near;
        }
      }
      if (scorer == null) {
        continue;
      }
      if (candidates.docID() < target) {
        candidates.advance(target);
      }
      if (candidates.docID() == target && (verify == null || verify.matches())) {
        d.fields[0] = (Float) d.fields[0] + scorer.score();
      }
    }
    Arrays.sort(byDoc, Comparator.<FieldDoc>comparingDouble(d -> -(Float) d.fields[0]).thenComparing(Rescoring::id));
    return byDoc;
  }
}
