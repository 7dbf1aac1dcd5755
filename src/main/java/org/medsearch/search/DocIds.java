package org.medsearch.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.ArrayUtil;

/** The ids of the live documents a query matches, in index order, without scoring. */
final class DocIds {
  private DocIds() {}

  static int[] matching(IndexReader reader, Query query) throws IOException {
    Collector c = new Collector();
    new IndexSearcher(reader).search(query, c);
    int[] out = Arrays.copyOf(c.ids, c.size);
    Arrays.sort(out);
    return out;
  }

  private static final class Collector extends SimpleCollector {
    private int[] ids = new int[64];
    private int size;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      base = context.docBase;
    }

    @Override
    public void collect(int doc) {
      ids = ArrayUtil.grow(ids, size + 1);
      ids[size++] = base + doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
