package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.MedicalAnalyzer;

class HeapNormsTest {
  @TempDir
  Path dir;

  /** 200 records of varied lengths; only every third has a title, as only topics have aliases. */
  private void index(FSDirectory d) throws Exception {
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
      for (int i = 0; i < 200; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "jerks " + "twitching muscle ".repeat(i % 17) + (i % 5 == 0 ? "hiccups" : "sleep"),
            Field.Store.NO));
        if (i % 3 == 0) {
          doc.add(new TextField("title", "hiccups" + " and more".repeat(i % 7), Field.Store.NO));
        }
        w.addDocument(doc);
      }
    }
  }

  private static Term term(String field, String word) {
    return new Term(field, FieldQueries.tokens(new MedicalAnalyzer(), word).get(0));
  }

  private static List<int[]> norms(LeafReader leaf, String field) throws Exception {
    List<int[]> out = new ArrayList<>();
    NumericDocValues v = leaf.getNormValues(field);
    for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
      out.add(new int[] {doc, (int) v.longValue()});
    }
    return out;
  }

  @Test
  void norms_held_in_the_heap_are_lucenes_and_score_the_same() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir)) {
      index(d);
      try (DirectoryReader plain = DirectoryReader.open(d);
          DirectoryReader heap = HeapNorms.wrap(DirectoryReader.open(d), Set.of("body", "title"))) {
        LeafReader p = plain.leaves().get(0).reader();
        LeafReader h = heap.leaves().get(0).reader();
        for (String field : List.of("body", "title")) {
          assertThat(norms(h, field)).as(field).usingRecursiveFieldByFieldElementComparator().isEqualTo(norms(p, field));
        }
        assertThat(norms(h, "title")).hasSize(67);
        NumericDocValues title = h.getNormValues("title");
        assertThat(title.advanceExact(1)).as("record 1 has no title").isFalse();
        assertThat(title.advanceExact(3)).isTrue();

        Query q = new BooleanQuery.Builder()
            .add(new DisjunctionMaxQuery(List.of(new TermQuery(term("title", "hiccups")),
                new TermQuery(term("body", "hiccups"))), 0.1f), BooleanClause.Occur.SHOULD)
            .add(new TermQuery(term("body", "twitching")), BooleanClause.Occur.SHOULD).build();
        IndexSearcher lucene = new IndexSearcher(plain);
        IndexSearcher inHeap = new IndexSearcher(heap);
        lucene.setSimilarity(new SharedBm25());
        inHeap.setSimilarity(new SharedBm25());
        ScoreDoc[] expected = lucene.search(q, 200).scoreDocs;
        ScoreDoc[] actual = inHeap.search(q, 200).scoreDocs;
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
          assertThat(actual[i].doc).isEqualTo(expected[i].doc);
          assertThat(Float.floatToIntBits(actual[i].score)).isEqualTo(Float.floatToIntBits(expected[i].score));
        }
      }
    }
  }
}
