package org.medsearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.medsearch.model.Section;
import org.medsearch.model.Topic;

/**
 * The plain baseline the issue names: one field with question and answer, EnglishAnalyzer,
 * Lucene's default BM25, the query's terms OR-ed. What Solr or Elasticsearch give out of the box.
 */
final class Bm25Baseline implements AutoCloseable {
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  Bm25Baseline(List<Topic> topics) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Topic t : topics) {
        for (Section s : t.sections()) {
          Document d = new Document();
          d.add(new StringField("id", t.id() + "#" + s.id(), Field.Store.YES));
          d.add(new TextField("text", (s.heading() == null ? "" : s.heading() + "\n") + s.text(), Field.Store.NO));
          w.addDocument(d);
        }
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  List<String> search(String q, int n) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    try (TokenStream ts = analyzer.tokenStream("text", q)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
      }
      ts.end();
    }
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(b.build(), n).scoreDocs) {
      out.add(searcher.storedFields().document(sd.doc).get("id"));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

}
