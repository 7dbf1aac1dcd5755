package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.medsearch.index.Schema;

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
 * <p>A part that is one word over the weighted fields (the best field counts, with a share of the
 * others: {@link FieldQueries#bestField}) is read field by field too, each field's postings
 * straight through into a scratch table of the best and summed field scores, instead of through
 * Lucene's disjunction, which merges the fields' postings document at a time in a priority queue.
 * Each field's score is Lucene's, and they are combined as Lucene's disjunction combines them.
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
  static Table scored(IndexSearcher searcher, LuceneQueries.Parts parts, QueryTimeout timeout) throws IOException {
    List<Part> core = parts(searcher, parts.core());
    List<Part> gatedByCore = parts(searcher, parts.gatedByCore());
    List<Part> widening = parts(searcher, parts.widening());
    List<Part> gatedByAll = parts(searcher, parts.gatedByAll());
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Tables tables = TABLES.get().cleared(leaves);
    for (LeafReaderContext leaf : leaves) {
      float[] score = tables.scores[leaf.ord];
      FixedBitSet matchesCore = tables.core[leaf.ord];
      FixedBitSet matchesAll = tables.all[leaf.ord];
      for (Part p : core) {
        p.add(leaf, score, null, matchesCore, tables, timeout);
      }
      for (Part p : gatedByCore) {
        p.add(leaf, score, matchesCore, null, tables, timeout);
      }
      matchesAll.or(matchesCore);
      for (Part p : widening) {
        p.add(leaf, score, null, matchesAll, tables, timeout);
      }
      for (Part p : gatedByAll) {
        p.add(leaf, score, matchesAll, null, tables, timeout);
      }
    }
    return new Table(tables.scores, tables.all);
  }

  private static List<Part> parts(IndexSearcher searcher, List<Query> queries) throws IOException {
    List<Part> out = new ArrayList<>(queries.size());
    for (Query q : queries) {
      Query rewritten = searcher.rewrite(q);
      WordPart word = WordPart.of(searcher, rewritten);
      out.add(word != null ? word : new WholePart(searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f)));
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
    /** A one-word part's scratch, as large as the largest segment, left empty after each part. */
    float[] best = new float[0];
    double[] sum = new double[0];
    int[] touched = new int[0];
    FixedBitSet seen = new FixedBitSet(0);

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
        if (best.length < maxDoc) {
          best = new float[maxDoc];
          sum = new double[maxDoc];
          touched = new int[maxDoc];
          seen = new FixedBitSet(maxDoc);
        }
      }
      return this;
    }
  }

  /** One part of the sums. */
  private interface Part {
    /** Adds the scores of the part's matches that are in {@code gate} (all when null), marking them in {@code mark}. */
    void add(LeafReaderContext leaf, float[] score, FixedBitSet gate, FixedBitSet mark, Tables scratch,
        QueryTimeout timeout) throws IOException;
  }

  /** Any part, read through its Lucene scorer. */
  private record WholePart(Weight weight) implements Part {
    @Override
    public void add(LeafReaderContext leaf, float[] score, FixedBitSet gate, FixedBitSet mark, Tables scratch,
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
  }

  /**
   * One word over several fields, read field by field: each field's postings straight from the
   * index (the enums reused from search to search), scored by the similarity as Lucene's term
   * query scores them (the same statistics, boost and norm), and a record's score is its best
   * field's plus {@code tie} times the others', summed as {@code DisjunctionMaxScorer} sums them
   * (the others in a double: here their sum is the sum of all less the best, the same double for
   * so few floats). The field with the word in most records (the text) is read last, and a record
   * it alone has takes its score straight, without the scratch table.
   */
  private static final class WordPart implements Part {
    /** One field of the word: its term, dictionary entries and scorer. */
    private record Field(Term term, TermStates states, Similarity.SimScorer scorer) {}

    /** By how many records have the word in them, fewest first. */
    private final Field[] fields;
    private final float tie;

    private WordPart(Field[] fields, float tie) {
      this.fields = fields;
      this.tie = tie;
    }

    /** {@code q} as a one-word part, or null when it is not a disjunction of single terms. */
    static WordPart of(IndexSearcher searcher, Query q) throws IOException {
      float boost = 1f;
      Query inner = q;
      while (inner instanceof BoostQuery b) {
        boost *= b.getBoost();
        inner = b.getQuery();
      }
      if (!(inner instanceof DisjunctionMaxQuery dismax)) {
        return null;
      }
      List<Field> fields = new ArrayList<>();
      for (Query field : dismax.getDisjuncts()) {
        float fieldBoost = boost;
        Query f = field;
        while (f instanceof BoostQuery b) {
          fieldBoost *= b.getBoost();
          f = b.getQuery();
        }
        if (!(f instanceof TermQuery tq)) {
          return null;
        }
        // as TermQuery.createWeight and TermWeight make them
        TermStates ts = tq.getTermStates();
        if (ts == null || !ts.wasBuiltFor(searcher.getTopReaderContext())) {
          ts = TermStates.build(searcher, tq.getTerm(), true);
        }
        if (ts.docFreq() == 0) {
          continue; // in no record: no scorer
        }
        fields.add(new Field(tq.getTerm(), ts, searcher.getSimilarity().scorer(fieldBoost,
            searcher.collectionStatistics(tq.getTerm().field()),
            searcher.termStatistics(tq.getTerm(), ts.docFreq(), ts.totalTermFreq()))));
      }
      // the field with the word in most records last, to be added without the scratch table
      fields.sort(Comparator.comparingInt(f -> f.states().docFreq()));
      return new WordPart(fields.toArray(Field[]::new), dismax.getTieBreakerMultiplier());
    }

    @Override
    public void add(LeafReaderContext leaf, float[] score, FixedBitSet gate, FixedBitSet mark, Tables scratch,
        QueryTimeout timeout) throws IOException {
      if (timeout.shouldExit()) {
        return;
      }
      float[] best = scratch.best;
      double[] sum = scratch.sum;
      int[] touched = scratch.touched;
      FixedBitSet seen = scratch.seen;
      int n = 0;
      int last = fields.length - 1;
      for (int f = 0; f <= last; f++) {
        Term term = fields[f].term();
        TermState state = fields[f].states().get(leaf);
        if (state == null) {
          continue;
        }
        PostingsEnum postings = PostingsPool.get().postings(leaf.reader(), term, state, PostingsEnum.FREQS);
        Similarity.SimScorer scorer = fields[f].scorer();
        byte[] heapNorms = HeapNorms.bytes(leaf.reader(), term.field());
        NumericDocValues norms = heapNorms == null ? leaf.reader().getNormValues(term.field()) : null;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (gate != null && !gate.get(doc)) {
            continue;
          }
          long norm;
          if (heapNorms != null) {
            norm = heapNorms[doc];
          } else if (norms != null) {
            norms.advanceExact(doc); // as LeafSimScorer: a scored field has a norm in each record with the word
            norm = norms.longValue();
          } else {
            norm = 1L;
          }
          float s = scorer.score(postings.freq(), norm);
          if (f == last && (n == 0 || !seen.get(doc))) {
            // the word's most common field, last: a record in no other field scores this field's score
            score[doc] += s;
            if (mark != null) {
              mark.set(doc);
            }
            continue;
          }
          if (!seen.getAndSet(doc)) {
            touched[n++] = doc;
          }
          sum[doc] += s;
          if (s >= best[doc]) {
            best[doc] = s;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        int doc = touched[i];
        score[doc] += (float) (best[doc] + (sum[doc] - best[doc]) * tie);
        if (mark != null) {
          mark.set(doc);
        }
        best[doc] = 0f;
        sum[doc] = 0;
        seen.clear(doc);
      }
    }
  }

  /** The best hits of a table and the facet counts of all its matches. */
  record Collected(TopFieldDocs top, Map<String, Map<String, Long>> facets) {}

  /**
   * The computed matches and scores: as a query, for Lucene's collectors, or collected straight
   * from the table ({@link #collect}).
   */
  static final class Table extends Query {
    private final float[][] scores;
    private final FixedBitSet[] matches;

    Table(float[][] scores, FixedBitSet[] matches) {
      this.scores = scores;
      this.matches = matches;
    }

    /** Whether {@link #collect} serves {@code reader}: one segment, whose id ordinals are in id order ({@link IdOrder}). */
    static boolean collectable(IndexReader reader) {
      return reader.leaves().size() == 1;
    }

    /**
     * The best {@code n} matches by score, ties by id, and every match counted in {@code facets}:
     * the hits, order, sort values and total of a {@code TopFieldCollector} sorted by score and
     * {@link IdOrder} beside {@link FacetTable#counter()}, read from the table in one loop instead
     * of through the collectors' scorer and comparator calls for each match.
     */
    Collected collect(IndexReader reader, int n, Sort ranking, FacetTable facets) throws IOException {
      LeafReaderContext leaf = reader.leaves().get(0);
      float[] score = scores[0];
      FixedBitSet match = matches[0];
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
      var counting = facets.counter();
      FacetTable.Counter counter = counting.newCollector();
      LeafCollector count = counter.getLeafCollector(leaf);
      Best best = new Best(Math.max(1, n));
      int total = 0;
      int length = match.length();
      for (int doc = match.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = doc + 1 < length ? match.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        total++;
        count.collect(doc);
        best.offer(doc, score[doc], ids);
      }
      return new Collected(new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), best.sorted(),
          ranking.getSort()), counting.reduce(List.of(counter)));
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

  /**
   * The best hits so far in a heap whose top is the worst of them: higher score first, then lower
   * id ordinal, then lower record number, as Lucene's field sort orders them. A record's ordinal
   * is read (in record order, as doc values are read) only when its score could place it.
   */
  private static final class Best {
    private final float[] score;
    private final int[] ordinal;
    private final int[] doc;
    private int size;

    Best(int n) {
      score = new float[n];
      ordinal = new int[n];
      doc = new int[n];
    }

    void offer(int d, float s, SortedDocValues ids) throws IOException {
      if (size == score.length) {
        int c = Float.compare(s, score[0]);
        if (c < 0) {
          return;
        }
        int o = ordinal(ids, d);
        if (c == 0 && o >= ordinal[0]) {
          return; // a tie in both: the record found first stays
        }
        score[0] = s;
        ordinal[0] = o;
        doc[0] = d;
        down(0);
      } else {
        score[size] = s;
        ordinal[size] = ordinal(ids, d);
        doc[size] = d;
        up(size++);
      }
    }

    private static int ordinal(SortedDocValues ids, int d) throws IOException {
      return ids.advanceExact(d) ? ids.ordValue() : -1;
    }

    /** Whether the hit at {@code a} ranks below the one at {@code b}. */
    private boolean worse(int a, int b) {
      int c = Float.compare(score[a], score[b]);
      if (c != 0) {
        return c < 0;
      }
      if (ordinal[a] != ordinal[b]) {
        return ordinal[a] > ordinal[b];
      }
      return doc[a] > doc[b];
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!worse(i, parent)) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int l = 2 * i + 1;
        if (l >= size) {
          return;
        }
        int w = l + 1 < size && worse(l + 1, l) ? l + 1 : l;
        if (!worse(w, i)) {
          return;
        }
        swap(i, w);
        i = w;
      }
    }

    private void swap(int a, int b) {
      float s = score[a];
      score[a] = score[b];
      score[b] = s;
      int o = ordinal[a];
      ordinal[a] = ordinal[b];
      ordinal[b] = o;
      int d = doc[a];
      doc[a] = doc[b];
      doc[b] = d;
    }

    /** The hits best first, as a field sort's FieldDocs: score and ordinal as sort values, no raw score. */
    FieldDoc[] sorted() {
      FieldDoc[] out = new FieldDoc[size];
      while (size > 0) {
        int last = size - 1;
        out[last] = new FieldDoc(doc[0], Float.NaN, new Object[] {score[0], ordinal[0]});
        swap(0, last);
        size--;
        down(0);
      }
      return out;
    }
  }
}
