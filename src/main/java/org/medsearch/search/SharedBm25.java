package org.medsearch.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 (k1 1.2, b 0.75), the same scores to the bit, with the length factors of a field
 * computed once: {@link BM25Similarity} fills a table of 256 of them for every term of every
 * query (a query scores a dozen words in three or four fields), which was 6 % of what a search
 * allocated. The table depends only on the field's average length, so one serves all its terms.
 */
final class SharedBm25 extends Similarity {
  private static final float K1 = 1.2f;
  private static final float B = 0.75f;
  /** The field length each of the 256 norm values stands for, as {@link BM25Similarity} decodes it. */
  private static final float[] LENGTH_TABLE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  private final BM25Similarity norms = new BM25Similarity(K1, B);
  /** Average field length to its table; a few fields per index generation. */
  private final Map<Float, float[]> tables = new ConcurrentHashMap<>();

  @Override
  public long computeNorm(FieldInvertState state) {
    return norms.computeNorm(state);
  }

  @Override
  public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
    long docCount = collectionStats.docCount();
    float idf;
    if (termStats.length == 1) {
      idf = idf(termStats[0].docFreq(), docCount);
    } else {
      // as BM25Similarity sums a phrase's idfs: in a double, rounded once
      double sum = 0d;
      for (TermStatistics t : termStats) {
        sum += idf(t.docFreq(), docCount);
      }
      idf = (float) sum;
    }
    float avgdl = (float) (collectionStats.sumTotalTermFreq() / (double) docCount);
    return new Scorer(boost * idf, tables.computeIfAbsent(avgdl, SharedBm25::table));
  }

  private static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  private static float[] table(float avgdl) {
    float[] cache = new float[256];
    for (int i = 0; i < cache.length; i++) {
      cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
    }
    return cache;
  }

  private static final class Scorer extends SimScorer {
    private final float weight;
    private final float[] cache;

    Scorer(float weight, float[] cache) {
      this.weight = weight;
      this.cache = cache;
    }

    @Override
    public float score(float freq, long encodedNorm) {
      float normInverse = cache[((byte) encodedNorm) & 0xFF];
      return weight - weight / (1f + freq * normInverse);
    }

    @Override
    public Explanation explain(Explanation freq, long encodedNorm) {
      return Explanation.match(score(freq.getValue().floatValue(), encodedNorm),
          "BM25 score(freq=" + freq.getValue() + ", dl=" + LENGTH_TABLE[((byte) encodedNorm) & 0xFF] + "), weight "
              + weight + " (boost * idf)", freq);
    }
  }

  @Override
  public String toString() {
    return "BM25(k1=" + K1 + ",b=" + B + ", shared length tables)";
  }
}
