package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.MedicalAnalyzer;

/**
 * The pool hands each use within a search an enum of its own, reuses them only once the thread
 * starts its next search, and every enum it hands out reads its own term's postings.
 */
class PostingsPoolTest {
  @TempDir
  Path dir;

  /** Records 0..29: "alpha" in every third, "beta" in the others, "gamma" in record 7. */
  private DirectoryReader index(FSDirectory d) throws Exception {
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
      for (int i = 0; i < 30; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", (i % 3 == 0 ? "alpha" : "beta") + (i == 7 ? " gamma" : ""), Field.Store.NO));
        w.addDocument(doc);
      }
      w.forceMerge(1);
    }
    return DirectoryReader.open(d);
  }

  private static PostingsEnum open(PostingsPool pool, LeafReader leaf, String word) throws IOException {
    TermsEnum te = pool.terms(leaf, "body");
    assertThat(te.seekExact(new BytesRef(word))).isTrue();
    return pool.postings(leaf, "body", te, PostingsEnum.FREQS);
  }

  private static List<Integer> docs(PostingsEnum pe) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
      out.add(doc);
    }
    return out;
  }

  @Test
  void enums_in_use_together_are_distinct_and_reused_only_after_the_next_search_starts() throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = index(d)) {
      LeafReader leaf = r.leaves().get(0).reader();
      // a thread of its own: the pool is the thread's
      var thread = Executors.newSingleThreadExecutor();
      var done = thread.submit(() -> {
        PostingsPool pool = PostingsPool.get();
        pool.startSearch();
        PostingsEnum alpha = open(pool, leaf, "alpha");
        PostingsEnum beta = open(pool, leaf, "beta");
        assertThat(beta).isNotSameAs(alpha);
        assertThat(docs(alpha)).containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24, 27);
        assertThat(docs(beta)).hasSize(20).doesNotContain(0, 3);

        // no new search yet: a third use gets an enum of its own
        PostingsEnum gamma = open(pool, leaf, "gamma");
        assertThat(gamma).isNotSameAs(alpha).isNotSameAs(beta);
        assertThat(docs(gamma)).containsExactly(7);

        // the next search: the first enum serves again, reset to its new term
        pool.startSearch();
        PostingsEnum again = open(pool, leaf, "gamma");
        assertThat(again).isSameAs(alpha);
        assertThat(docs(again)).containsExactly(7);
        return null;
      });
      try {
        done.get();
      } finally {
        thread.shutdown();
      }
    }
  }
}
