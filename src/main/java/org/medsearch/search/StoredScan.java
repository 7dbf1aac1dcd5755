package org.medsearch.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Reads some stored fields of every live document, in index order, decompressing each block of
 * stored fields once. Random access ({@code reader.storedFields().document(doc)}) decompresses the
 * block of every document it reads, and a topic record's block holds the whole topic as JSON:
 * two such passes over the MedQuAD index were two thirds of the server's start-up time.
 */
final class StoredScan {
  /** What to do with one document's requested fields. */
  interface Consumer {
    void accept(Document fields) throws IOException;
  }

  private StoredScan() {}

  /**
   * Like {@link #forEach(IndexReader, Set, Consumer)} for the documents {@code filter} matches
   * only: the kinds of record start-up needs, not a million citations.
   */
  static void forEach(IndexReader reader, Query filter, Set<String> fields, Consumer consumer) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext context : reader.leaves()) {
      Scorer scorer = weight.scorer(context);
      if (scorer != null) {
        scan(context.reader(), scorer.iterator(), fields, consumer);
      }
    }
  }

  /** The requested fields of each of {@code hits}, in their order, read through one reader. */
  static Document[] documents(IndexSearcher searcher, ScoreDoc[] hits, Set<String> fields) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document[] out = new Document[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = stored.document(hits[i].doc, fields);
    }
    return out;
  }

  static void forEach(IndexReader reader, Set<String> fields, Consumer consumer) throws IOException {
    for (LeafReaderContext context : reader.leaves()) {
      scan(context.reader(), DocIdSetIterator.all(context.reader().maxDoc()), fields, consumer);
    }
  }

  private static void scan(LeafReader leaf, DocIdSetIterator docs, Set<String> fields, Consumer consumer)
      throws IOException {
    Bits live = leaf.getLiveDocs();
    // A segment's merge instance reads documents in order, keeping the current block.
    StoredFieldsReader sequential = leaf instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : null;
    StoredFields random = sequential == null ? leaf.storedFields() : null;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(fields);
      if (sequential != null) {
        sequential.document(doc, visitor);
      } else {
        random.document(doc, visitor);
      }
      consumer.accept(visitor.getDocument());
    }
  }
}
