package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Scores the ranking query one part at a time into a table of scores, a float per record, and
 * hands the collectors the records that match with their summed scores. Lucene scores the nested
 * query document at a time: for each matching record it walks every word's and field's postings
 * through priority queues, and on the long questions of a search box that was most of the cost.
 * Part by part, each word's postings are read straight through, and the common words, topic
 * mentions and question types ({@link LuceneQueries.Parts}) add to the records that match
 * without matching any on their own, as in the nested query. The sums are the same sums in
 * another order, so a score may differ from the nested query's in its last bit.
 *
 * <p>For indexes of at most {@link #MAX_RECORDS} records (a table per server thread), and searches
 * without filters; the others are scored by the nested query.
 */
final class DenseScoring {
  /** Records of an index scored this way at most: the tables are 4 bytes a record per server thread. */
  static final int MAX_RECORDS = Integer.getInteger("medsearch.dense-max-records", 1 << 18);

  private DenseScoring() {}

  static boolean applies(IndexSearcher searcher, LuceneQueries.Plan plan) {
    return plan.parts() != null && MAX_RECORDS > 0 && searcher.getIndexReader().maxDoc() <= MAX_RECORDS;
  }

  /**
   * A query whose matches and scores are those of {@code parts}, computed now; past the deadline
   * of {@code timeout} the rest is skipped (the caller's budget check then stops the search).
   */
  static Query scored(IndexSearcher searcher, LuceneQueries.Parts parts, QueryTimeout timeout) throws IOException {
    List<Weight> core = weights(searcher, parts.core());
    List<Weight> gatedByCore = weights(searcher, parts.gatedByCore());
    List<Weight> widening = weights(searcher, parts.widening());
    List<Weight> gatedByAll = weights(searcher, parts.gatedByAll());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Tables tables = TABLES.get().cleared(leaves);
    for (LeafReaderContext leaf : leaves) {
      float[] score = tables.scores[leaf.ord];
      FixedBitSet matchesCore = tables.core[leaf.ord];
      FixedBitSet matchesAll = tables.all[leaf.ord];
      for (Weight w : core) {
        add(w, leaf, score, null, matchesCore, timeout);
      }
      for (Weight w : gatedByCore) {
        add(w, leaf, score, matchesCore, null, timeout);
      }
      matchesAll.or(matchesCore);
      for (Weight w : widening) {
        add(w, leaf, score, null, matchesAll, timeout);
      }
      for (Weight w : gatedByAll) {
        add(w, leaf, score, matchesAll, null, timeout);
      }
    }
    return new Table(tables.scores, tables.all);
  }

  private static List<Weight> weights(IndexSearcher searcher, List<Query> queries) throws IOException {
    List<Weight> out = new ArrayList<>(queries.size());
    for (Query q : queries) {
      out.add(searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE, 1f));
    }
    return out;
  }

  /**
   * The tables of the searches of one thread, emptied for each: a search's collectors are done
   * with them before the thread starts its next search. Made anew for each search they were
   * a tenth of what a search allocated (100 KiB on MedQuAD), and more young collections.
   */
  private static final ThreadLocal<Tables> TABLES = ThreadLocal.withInitial(Tables::new);

  private static final class Tables {
    float[][] scores = new float[0][];
    FixedBitSet[] core = new FixedBitSet[0];
    FixedBitSet[] all = new FixedBitSet[0];

    Tables cleared(List<LeafReaderContext> leaves) {
      if (scores.length != leaves.size()) {
        scores = new float[leaves.size()][];
        core = new FixedBitSet[leaves.size()];
        all = new FixedBitSet[leaves.size()];
      }
      for (LeafReaderContext leaf : leaves) {
        int maxDoc = leaf.reader().maxDoc();
        int i = leaf.ord;
        if (scores[i] == null || scores[i].length != maxDoc) {
          scores[i] = new float[maxDoc];
          core[i] = new FixedBitSet(maxDoc);
          all[i] = new FixedBitSet(maxDoc);
        } else {
          Arrays.fill(scores[i], 0f);
          core[i].clear(0, maxDoc);
          all[i].clear(0, maxDoc);
        }
      }
      return this;
    }
  }

  /** Adds the scores of {@code weight}'s matches that are in {@code gate} (all when null), marking them in {@code mark}. */
  private static void add(Weight weight, LeafReaderContext leaf, float[] score, FixedBitSet gate, FixedBitSet mark,
      QueryTimeout timeout) throws IOException {
    if (timeout.shouldExit()) {
      return; // past the deadline: the search's budget check answers 503
    }
    Scorer scorer = weight.scorer(leaf);
    if (scorer == null) {
      return;
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if ((gate == null || gate.get(doc)) && (twoPhase == null || twoPhase.matches())) {
        score[doc] += scorer.score();
        if (mark != null) {
          mark.set(doc);
        }
      }
    }
  }

  /** The computed matches and scores as a query, for the collectors. */
  private static final class Table extends Query {
    private final float[][] scores;
    private final FixedBitSet[] matches;

    Table(float[][] scores, FixedBitSet[] matches) {
      this.scores = scores;
      this.matches = matches;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new Weight(this) {
        @Override
        public Scorer scorer(LeafReaderContext context) {
          float[] score = scores[context.ord];
          FixedBitSet match = matches[context.ord];
          DocIdSetIterator docs = new BitSetIterator(match, match.cardinality());
          return new Scorer(this) {
            @Override
            public DocIdSetIterator iterator() {
              return docs;
            }

            @Override
            public float getMaxScore(int upTo) {
              return Float.POSITIVE_INFINITY;
            }

            @Override
            public float score() {
              return score[docs.docID()];
            }

            @Override
            public int docID() {
              return docs.docID();
            }
          };
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) {
          return Explanation.noMatch("scored in a table");
        }
      };
    }

    @Override
    public String toString(String field) {
      return "DenseScoring.Table";
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
