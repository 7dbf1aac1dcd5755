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
import org.apache.lucene.util.IntroSorter;

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
    return add(searcher, extra, null, null, null, null, hits);
  }

  /**
   * {@code hits} with the scores of {@code rescore}'s parts added: its query (may be null), its
   * proximity pairs (their words looked up in {@code terms}) and the lift of its kinds of answer
   * (when it has any), sorted again.
   */
  static ScoreDoc[] add(IndexSearcher searcher, LuceneQueries.Rescore rescore, TermCache terms, ScoreDoc[] hits)
      throws IOException {
    return add(searcher, rescore.others(), rescore.pairs(), rescore.kinds(), rescore.kindLift(), terms, hits);
  }

  /**
   * {@code hits} with the scores of {@code extra} (may be null), of {@code pairs} (may be null,
   * their words looked up in {@code terms}) and of the kinds of answer of {@code kindLift} (when
   * {@code kinds} is not null) added, sorted again.
   */
  static ScoreDoc[] add(IndexSearcher searcher, Query extra, ProximityPairs pairs, KindModel kinds, float[] kindLift,
      TermCache terms, ScoreDoc[] hits) throws IOException {
    if (hits.length == 0) {
      return hits;
    }
    FieldDoc[] byDoc = new FieldDoc[hits.length];
    for (int i = 0; i < hits.length; i++) {
      FieldDoc fd = (FieldDoc) hits[i];
      byDoc[i] = new FieldDoc(fd.doc, fd.score, fd.fields.clone());
    }
    new HitSorter(byDoc, false).sort(0, byDoc.length);
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
      if (kinds != null) {
        float lift = kinds.lift(d.doc, kindLift);
        if (lift != 0) {
          d.fields[0] = (Float) d.fields[0] + lift;
        }
      }
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
    if (byDoc[0].fields[1] instanceof Integer) {
      new HitSorter(byDoc, true).sort(0, byDoc.length);
    } else {
      Arrays.sort(byDoc, Comparator.<FieldDoc>comparingDouble(d -> -(Float) d.fields[0]).thenComparing(Rescoring::id));
    }
    return byDoc;
  }

  /**
   * Sorts hits in record order, or best first by score then id ordinal ({@link IdOrder}) as the
   * comparator above orders them, comparing primitive copies of the sort values: the comparator
   * unboxed both hits' values at each of a sort's hundreds of comparisons (3 % of a search's CPU).
   */
  private static final class HitSorter extends IntroSorter {
    private final FieldDoc[] hits;
    private final float[] score;
    private final int[] key;
    private float pivotScore;
    private int pivotKey;
    private int pivotDoc;

    HitSorter(FieldDoc[] hits, boolean byScore) {
      this.hits = hits;
      this.score = new float[hits.length];
      this.key = new int[hits.length];
      for (int i = 0; i < hits.length; i++) {
        score[i] = byScore ? (Float) hits[i].fields[0] : 0f;
        key[i] = byScore ? (Integer) hits[i].fields[1] : hits[i].doc;
      }
    }

    /** Ties in both (two records without an id) stay in record order, as the stable sort left them. */
    private static int compare(float scoreA, int keyA, int docA, float scoreB, int keyB, int docB) {
      int c = Double.compare(-scoreA, -scoreB);
      if (c == 0) {
        c = Integer.compare(keyA, keyB);
      }
      return c != 0 ? c : Integer.compare(docA, docB);
    }

    @Override
    protected int compare(int i, int j) {
      return compare(score[i], key[i], hits[i].doc, score[j], key[j], hits[j].doc);
    }

    @Override
    protected void swap(int i, int j) {
      FieldDoc h = hits[i];
      hits[i] = hits[j];
      hits[j] = h;
      float s = score[i];
      score[i] = score[j];
      score[j] = s;
      int k = key[i];
      key[i] = key[j];
      key[j] = k;
    }

    @Override
    protected void setPivot(int i) {
      pivotScore = score[i];
      pivotKey = key[i];
      pivotDoc = hits[i].doc;
    }

    @Override
    protected int comparePivot(int j) {
      return compare(pivotScore, pivotKey, pivotDoc, score[j], key[j], hits[j].doc);
    }
  }
}
