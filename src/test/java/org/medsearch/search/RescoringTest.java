package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class RescoringTest {
  @Test
  void the_extra_score_is_added_and_the_hits_sorted_again_by_score_then_id() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (String text : new String[] {"jerks", "hiccups", "jerks hiccups", "hiccups"}) {
          Document d = new Document();
          d.add(new TextField("body", text, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        ScoreDoc[] first = {hit(0, 5f, "a"), hit(1, 4f, "d"), hit(2, 3f, "b"), hit(3, 4f, "c")};
        ScoreDoc[] out = Rescoring.add(searcher,
            new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("body", "hiccups"))), 2f), first);
        assertThat(Arrays.stream(out).map(d -> ((BytesRef) ((FieldDoc) d).fields[1]).utf8ToString()))
            .containsExactly("c", "d", "a", "b");
        assertThat(Arrays.stream(out).map(d -> (Float) ((FieldDoc) d).fields[0])).containsExactly(6f, 6f, 5f, 5f);
        assertThat(((FieldDoc) first[0]).fields[0]).as("the input is left as it was").isEqualTo(5f);
      }
    }
  }

  private static FieldDoc hit(int doc, float score, String id) {
    return new FieldDoc(doc, Float.NaN, new Object[] {score, new BytesRef(id)});
  }
}
