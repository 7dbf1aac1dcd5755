package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proximity pairs score every record as Lucene's sloppy two-word phrase query does: the same
 * records match, with the same score to the bit, on texts of a small vocabulary where words
 * repeat, follow each other, come in reverse order and stand at every distance.
 */
class ProximityPairsTest {
  @TempDir Path dir;

  private static final String[] WORDS = {"jerk", "muscle", "sleep", "hiccup", "nerve", "brain"};

  @Test
  void every_record_scores_as_the_sloppy_phrase_query_scores_it() throws Exception {
    Random random = new Random(7);
    try (FSDirectory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 600; i++) {
          StringBuilder text = new StringBuilder();
          int n = 1 + random.nextInt(40);
          for (int k = 0; k < n; k++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          }
          Document doc = new Document();
          doc.add(new TextField("body", text.toString(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermCache terms = new TermCache(reader);
        int compared = 0;
        for (int slop : new int[] {0, 1, 3, 6}) {
          for (String a : WORDS) {
            for (String b : WORDS) {
              if (a.equals(b)) {
                continue; // left to the phrase query
              }
              Term first = new Term("body", a);
              Term second = new Term("body", b);
              float boost = 0.5f;
              ProximityPairs pairs = new ProximityPairs(List.of(new ProximityPairs.Pair(first, second, boost)), slop);
              PhraseQuery phrase = new PhraseQuery(slop, "body", a, b);
              Weight weight = searcher.createWeight(searcher.rewrite(new BoostQuery(phrase, boost)), ScoreMode.COMPLETE, 1f);
              for (LeafReaderContext leaf : reader.leaves()) {
                List<float[]> expected = phraseScores(weight, leaf);
                ProximityPairs.Leaf scorer = pairs.leaf(searcher, terms, leaf);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                  float want = expected.get(doc)[0];
                  assertThat(scorer.score(doc)).as("%s %s slop %d at %d", a, b, slop, doc).isEqualTo(want);
                  compared += want > 0 ? 1 : 0;
                }
              }
            }
          }
        }
        assertThat(compared).as("records matching some pair").isGreaterThan(10_000);
      }
    }
  }

  /** Lucene's score of each record of the leaf, 0 where the phrase does not match. */
  private static List<float[]> phraseScores(Weight weight, LeafReaderContext leaf) throws Exception {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < leaf.reader().maxDoc(); i++) {
      out.add(new float[] {0f});
    }
    Scorer s = weight.scorer(leaf);
    if (s == null) {
      return out;
    }
    TwoPhaseIterator twoPhase = s.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? s.iterator() : twoPhase.approximation();
    for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
      if (twoPhase == null || twoPhase.matches()) {
        out.get(doc)[0] = s.score();
      }
    }
    return out;
  }
}
