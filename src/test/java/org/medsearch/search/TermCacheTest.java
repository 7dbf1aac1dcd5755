package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.MedicalAnalyzer;

class TermCacheTest {
  @TempDir
  Path dir;

  private DirectoryReader index(FSDirectory d) throws Exception {
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
      for (int i = 0; i < 30; i++) {
        Document doc = new Document();
        doc.add(new StringField("word", i % 3 == 0 ? "hiccups" : "jerks", Field.Store.NO));
        w.addDocument(doc);
      }
    }
    return DirectoryReader.open(d);
  }

  @Test
  void a_cached_term_finds_and_scores_what_a_plain_term_query_does() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = index(d)) {
      TermCache cache = new TermCache(r);
      IndexSearcher searcher = new IndexSearcher(r);
      Term hiccups = new Term("word", "hiccups");
      assertThat(cache.docFreq(hiccups)).isEqualTo(10);
      assertThat(cache.docFreq(new Term("word", "singultus"))).isZero();
      ScoreDoc[] plain = searcher.search(new TermQuery(hiccups), 50).scoreDocs;
      // twice: the second query is built from the held lookup
      for (int round = 0; round < 2; round++) {
        ScoreDoc[] cached = searcher.search(cache.query(hiccups), 50).scoreDocs;
        assertThat(cached).hasSize(10);
        for (int i = 0; i < plain.length; i++) {
          assertThat(cached[i].doc).isEqualTo(plain[i].doc);
          assertThat(cached[i].score).isEqualTo(plain[i].score);
        }
      }
    }
  }

  @Test
  void it_holds_at_most_its_bound_of_terms() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = index(d)) {
      TermCache cache = new TermCache(r);
      for (int i = 0; i < TermCache.MAX_TERMS + 500; i++) {
        cache.docFreq(new Term("word", "w" + i));
        assertThat(cache.size()).isLessThanOrEqualTo(TermCache.MAX_TERMS);
      }
      assertThat(cache.docFreq(new Term("word", "jerks"))).isEqualTo(20);
    }
  }
}
