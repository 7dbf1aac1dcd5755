package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Each record's value of the single-valued facet dimensions (tier, type), read once per index
 * generation from the facet doc values into a byte a record, so that a search without facet
 * filters counts its matches while it collects them: Lucene's facet counting first gathers the
 * matches in a bit set, then decodes each one's doc values again (6 % of a search's CPU under
 * load). Counts come out as {@code getTopChildren} gives them: most first, ties by value, values
 * with no match left out. With facet filters the engine keeps drill sideways, which counts each
 * dimension as if its own filter were not set.
 */
final class FacetTable {
  private final List<String> dims;
  /** Per dimension, its values; index 0 stands for "none". */
  private final List<List<String>> values;
  /** Per leaf, per dimension, per record: the index of its value. */
  private final byte[][][] valueOf;

  private FacetTable(List<String> dims, List<List<String>> values, byte[][][] valueOf) {
    this.dims = dims;
    this.values = values;
    this.valueOf = valueOf;
  }

  /**
   * Reads the values of {@code dims} from the facet field; null when a dimension has more than 127
   * values (then Lucene's counting serves).
   */
  static FacetTable read(IndexReader reader, String facetField, List<String> dims) throws IOException {
    List<List<String>> values = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      List<String> none = new ArrayList<>();
      none.add(null);
      values.add(none);
    }
    byte[][][] valueOf = new byte[reader.leaves().size()][dims.size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), facetField);
      // each ordinal of the leaf, once: its dimension and value index
      int[] dimOf = new int[(int) dv.getValueCount()];
      byte[] indexOf = new byte[dimOf.length];
      for (int ord = 0; ord < dimOf.length; ord++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
        dimOf[ord] = path.length == 2 ? dims.indexOf(path[0]) : -1;
        if (dimOf[ord] >= 0) {
          List<String> known = values.get(dimOf[ord]);
          int at = known.indexOf(path[1]);
          if (at < 0) {
            known.add(path[1]);
            at = known.size() - 1;
          }
          if (at > Byte.MAX_VALUE) {
            return null;
          }
          indexOf[ord] = (byte) at;
        }
      }
      byte[][] perDim = valueOf[leaf.ord];
      for (int d = 0; d < dims.size(); d++) {
        perDim[d] = new byte[leaf.reader().maxDoc()];
      }
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          int ord = (int) dv.nextOrd();
          if (dimOf[ord] >= 0) {
            perDim[dimOf[ord]][doc] = indexOf[ord];
          }
        }
      }
    }
    return new FacetTable(List.copyOf(dims), values, valueOf);
  }

  /** Counts the matches of a search by their values, collected beside its hits. */
  CollectorManager<Counter, Map<String, Map<String, Long>>> counter() {
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter();
      }

      @Override
      public Map<String, Map<String, Long>> reduce(Collection<Counter> collectors) {
        long[][] total = new long[dims.size()][];
        for (int d = 0; d < dims.size(); d++) {
          total[d] = new long[values.get(d).size()];
        }
        for (Counter c : collectors) {
          for (int d = 0; d < dims.size(); d++) {
            for (int v = 0; v < total[d].length; v++) {
              total[d][v] += c.counts[d][v];
            }
          }
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
          out.put(dims.get(d), ranked(values.get(d), total[d]));
        }
        return out;
      }
    };
  }

  /** Values with a count, most first, ties in value order (as facet ordinals sort). */
  private static Map<String, Long> ranked(List<String> labels, long[] counts) {
    List<Integer> found = new ArrayList<>();
    for (int v = 1; v < counts.length; v++) {
      if (counts[v] > 0) {
        found.add(v);
      }
    }
    found.sort(Comparator.<Integer>comparingLong(v -> -counts[v]).thenComparing(labels::get));
    Map<String, Long> out = new LinkedHashMap<>();
    found.forEach(v -> out.put(labels.get(v), counts[v]));
    return out;
  }

  /** Counts per dimension and value; one per search slice. */
  final class Counter extends SimpleCollector {
    private final long[][] counts;
    private byte[][] leafValues;

    Counter() {
      counts = new long[dims.size()][];
      for (int d = 0; d < dims.size(); d++) {
        counts[d] = new long[values.get(d).size()];
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      leafValues = valueOf[context.ord];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // counts need no scores
    }

    @Override
    public void collect(int doc) {
      for (int d = 0; d < leafValues.length; d++) {
        counts[d][leafValues[d][doc]]++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
