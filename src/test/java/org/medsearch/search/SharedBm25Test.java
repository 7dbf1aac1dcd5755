package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.MedicalAnalyzer;

class SharedBm25Test {
  @TempDir
  Path dir;

  /** The term the index holds for {@code word} (analysed: "myoclonus" is stemmed). */
  private static Term term(String field, String word) {
    return new Term(field, FieldQueries.tokens(new MedicalAnalyzer(), word).get(0));
  }

  @Test
  void scores_are_those_of_lucenes_bm25_to_the_bit() throws Exception {
    List<String> texts = List.of(
        "Myoclonus is a brief, involuntary twitching or jerking of a muscle or a group of muscles.",
        "Hiccups are a form of myoclonus; sleep starts (hypnic jerks) are another, and both are harmless.",
        "Treatment of myoclonus focuses on medications that may help reduce symptoms.",
        "jerks jerks jerks",
        "A long page about muscles and nerves, " + "with many words that say little about twitching, ".repeat(40));
    try (FSDirectory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
        for (String t : texts) {
          Document doc = new Document();
          doc.add(new TextField("body", t, Field.Store.NO));
          doc.add(new TextField("title", t.substring(0, Math.min(20, t.length())), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher lucene = new IndexSearcher(r);
        lucene.setSimilarity(new BM25Similarity());
        IndexSearcher shared = new IndexSearcher(r);
        shared.setSimilarity(new SharedBm25());
        List<Query> queries = List.of(
            new TermQuery(term("body", "myoclonus")),
            new BoostQuery(new TermQuery(term("body", "jerk")), 2.5f),
            new PhraseQuery.Builder().setSlop(2).add(term("body", "myoclonus")).add(term("body", "sleep")).build(),
            new BooleanQuery.Builder()
                .add(new TermQuery(term("body", "twitching")), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(term("title", "myoclonus")), 1.2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(term("body", "muscle")), BooleanClause.Occur.SHOULD).build());
        for (Query q : queries) {
          ScoreDoc[] expected = lucene.search(q, 10).scoreDocs;
          ScoreDoc[] actual = shared.search(q, 10).scoreDocs;
          assertThat(expected).as("%s matches", q).isNotEmpty();
          assertThat(actual).hasSameSizeAs(expected);
          for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i].doc).as("%s hit %d", q, i).isEqualTo(expected[i].doc);
            assertThat(Float.floatToIntBits(actual[i].score)).as("%s score of hit %d", q, i)
                .isEqualTo(Float.floatToIntBits(expected[i].score));
          }
        }
      }
    }
  }
}
