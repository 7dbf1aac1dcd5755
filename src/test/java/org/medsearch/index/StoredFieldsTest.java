package org.medsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.model.Topic;
import org.medsearch.search.SearchEngine;

/** Stored fields kept uncompressed by {@link MedsearchCodec} read back exactly, small and large. */
class StoredFieldsTest {
  @TempDir Path dir;

  @Test
  void records_small_and_larger_than_a_chunk_read_back_exactly() throws IOException {
    Path corpus = TestCorpus.copyOfShipped(dir);
    // Larger than two 16 KB chunks: the format cuts it into slices; the records after it must still read.
    String large = "Gout is a form of arthritis with sudden attacks of pain. ".repeat(1200);
    TestCorpus.writeTopic(corpus, "gout", "Gout", large);
    TestCorpus.writeTopic(corpus, "tinnitus", "Tinnitus", "Tinnitus is a ringing in the ears.");
    Path index = dir.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);

    Path generation = new IndexStore(index).current().orElseThrow();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        assertThat(((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName())
            .isEqualTo(MedsearchCodec.NAME);
      }
      String body = body(reader, "gout#s1");
      assertThat(body.length()).as("stored length").isEqualTo(large.length());
      assertThat(body.equals(large)).as("stored text equals the topic's").isTrue();
      assertThat(body(reader, "tinnitus#s1")).isEqualTo("Tinnitus is a ringing in the ears.");
    }
    try (SearchEngine engine = Service.openEngine(index, Json.mapper())) {
      // The topic's JSON is stored deflated and read back whole.
      Topic gout = engine.topic("gout").orElseThrow();
      assertThat(gout.sections().get(0).text().equals(large)).as("topic text equals the corpus's").isTrue();
      assertThat(engine.topic("tinnitus").orElseThrow().title()).isEqualTo("Tinnitus");
    }
  }

  private static String body(DirectoryReader reader, String id) throws IOException {
    TopDocs td = new IndexSearcher(reader).search(new TermQuery(new Term(Schema.ID, id)), 1);
    assertThat(td.scoreDocs).as(id).hasSize(1);
    StoredFields stored = reader.storedFields();
    return stored.document(td.scoreDocs[0].doc, Set.of(Schema.BODY)).get(Schema.BODY);
  }
}
