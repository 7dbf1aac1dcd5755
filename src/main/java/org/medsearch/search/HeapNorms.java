package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A reader whose length norms for the ranked fields are held in the heap, one byte a record and
 * field: BM25 reads a record's norm for every word it scores, and in the fields most records lack
 * (aliases, topic names) Lucene finds it through a sparse index on each read (10 % of a search's
 * samples in the profile). The values are the same bytes; records without the field still have
 * none. 4 bytes a record for MedQuAD's four fields (96 KiB).
 */
final class HeapNorms extends FilterDirectoryReader {
  private final Set<String> fields;

  private HeapNorms(DirectoryReader in, Set<String> fields) throws IOException {
    super(in, new SubReaderWrapper() {
      @Override
      public LeafReader wrap(LeafReader leaf) {
        try {
          return new Leaf(leaf, fields);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    this.fields = fields;
  }

  /** {@code in} with the norms of {@code fields} held in the heap; closing the result closes {@code in}. */
  static DirectoryReader wrap(DirectoryReader in, Set<String> fields) throws IOException {
    return new HeapNorms(in, fields);
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new HeapNorms(in, fields);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    // the same records and values as the wrapped reader: caches keyed on it stay valid
    return in.getReaderCacheHelper();
  }

  /**
   * The norms of {@code field} in {@code leaf} as a byte per record (0 for records without the
   * field, the value {@link NumericDocValues#longValue()} leaves there too), or null when
   * {@code leaf} is not one of these readers' or does not hold the field's norms.
   */
  static byte[] bytes(LeafReader leaf, String field) {
    if (leaf instanceof Leaf l) {
      Values v = l.norms.get(field);
      return v == null ? null : v.bytes();
    }
    return null;
  }

  private static final class Leaf extends FilterLeafReader {
    private final Map<String, Values> norms = new HashMap<>();

    Leaf(LeafReader in, Set<String> fields) throws IOException {
      super(in);
      for (String field : fields) {
        Values v = Values.read(in, field);
        if (v != null) {
          norms.put(field, v);
        }
      }
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
      Values v = norms.get(field);
      return v == null ? super.getNormValues(field) : v.iterator();
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** One field's norms: a byte per record and which records have one. */
  private record Values(byte[] bytes, FixedBitSet present, int count) {
    /** Null when the field has no norms, or a norm that is not a byte (not BM25's: keep Lucene's). */
    static Values read(LeafReader leaf, String field) throws IOException {
      NumericDocValues in = leaf.getNormValues(field);
      if (in == null) {
        return null;
      }
      byte[] bytes = new byte[leaf.maxDoc()];
      FixedBitSet present = new FixedBitSet(leaf.maxDoc());
      int count = 0;
      for (int doc = in.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = in.nextDoc()) {
        long v = in.longValue();
        if (v != (byte) v) {
          return null;
        }
        bytes[doc] = (byte) v;
        present.set(doc);
        count++;
      }
      return new Values(bytes, present, count);
    }

    NumericDocValues iterator() {
      return new NumericDocValues() {
        private int doc = -1;

        @Override
        public long longValue() {
          return bytes[doc];
        }

        @Override
        public boolean advanceExact(int target) {
          doc = target;
          return present.get(target);
        }

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
          doc = target >= bytes.length ? NO_MORE_DOCS : present.nextSetBit(target);
          return doc;
        }

        @Override
        public long cost() {
          return count;
        }
      };
    }
  }
}
