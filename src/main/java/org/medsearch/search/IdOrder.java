package org.medsearch.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.SimpleFieldComparator;
import org.apache.lucene.search.SortField;
import org.medsearch.index.Schema;

/**
 * Ties in score are broken by record id. Lucene's string sort copies the id of every hit that
 * enters the top of the ranking, decompressing a block of the id dictionary each time (a
 * twentieth of a search's CPU). In an index of one segment, which is what every generation is
 * merged to, the ids' ordinals are in the ids' order, so comparing ordinals gives the same
 * ranking with nothing copied; an index of several segments uses the string sort.
 */
final class IdOrder extends FieldComparatorSource {
  private IdOrder() {}

  /** The tie-break for hits of {@code reader}: the hits' sort values are then their ids' ordinals (Integer). */
  static SortField of(IndexReader reader) {
    return reader.leaves().size() == 1 ? new SortField(Schema.ID, new IdOrder())
        : new SortField(Schema.ID, SortField.Type.STRING);
  }

  @Override
  public FieldComparator<Integer> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
    return new Ordinals(field, numHits);
  }

  private static final class Ordinals extends SimpleFieldComparator<Integer> {
    private final String field;
    private final int[] slots;
    private SortedDocValues ids;
    private int bottom;
    private int top;

    Ordinals(String field, int numHits) {
      this.field = field;
      this.slots = new int[numHits];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      ids = DocValues.getSorted(context.reader(), field);
    }

    private int ordinal(int doc) throws IOException {
      return ids.advanceExact(doc) ? ids.ordValue() : -1;
    }

    @Override
    public int compare(int slot1, int slot2) {
      return Integer.compare(slots[slot1], slots[slot2]);
    }

    @Override
    public void setTopValue(Integer value) {
      top = value;
    }

    @Override
    public Integer value(int slot) {
      return slots[slot];
    }

    @Override
    public void setBottom(int slot) {
      bottom = slots[slot];
    }

    @Override
    public int compareBottom(int doc) throws IOException {
      return Integer.compare(bottom, ordinal(doc));
    }

    @Override
    public int compareTop(int doc) throws IOException {
      return Integer.compare(top, ordinal(doc));
    }

    @Override
    public void copy(int slot, int doc) throws IOException {
      slots[slot] = ordinal(doc);
    }
  }
}
