package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.Schema;

/** Ties in score are broken by id, by ordinals in one segment exactly as by the ids themselves. */
class IdOrderTest {
  @TempDir Path dir;

  private static final List<String> IDS = List.of("m#3", "b", "z#1", "a#10", "a#9", "q", "a#1");

  private void write(boolean oneSegment) throws IOException {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      for (String id : IDS) {
        Document d = new Document();
        d.add(new StringField(Schema.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
        d.add(new TextField(Schema.BODY, "jerks", Field.Store.NO));
        w.addDocument(d);
        if (!oneSegment) {
          w.commit();
        }
      }
      // A record that scores higher leads whatever its id.
      Document d = new Document();
      d.add(new StringField(Schema.ID, "zz", Field.Store.YES));
      d.add(new SortedDocValuesField(Schema.ID, new BytesRef("zz")));
      d.add(new TextField(Schema.BODY, "jerks jerks jerks", Field.Store.NO));
      w.addDocument(d);
      if (oneSegment) {
        w.forceMerge(1);
      }
    }
  }

  private static List<String> ranked(DirectoryReader reader, SortField tieBreak, int n) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(new TermQuery(new Term(Schema.BODY, "jerks")), n,
        new Sort(SortField.FIELD_SCORE, tieBreak)).scoreDocs) {
      out.add(reader.storedFields().document(sd.doc, Set.of(Schema.ID)).get(Schema.ID));
    }
    return out;
  }

  @Test
  void in_one_segment_ordinals_rank_ties_as_the_ids_do() throws IOException {
    write(true);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertThat(IdOrder.of(reader).getType()).isEqualTo(SortField.Type.CUSTOM);
      List<String> expected = new ArrayList<>(List.of("zz"));
      IDS.stream().sorted().forEach(expected::add);
      assertThat(ranked(reader, IdOrder.of(reader), 10)).isEqualTo(expected);
      // A cut inside the tied group keeps the smallest ids, as the string sort does.
      for (int n = 1; n <= IDS.size() + 1; n++) {
        assertThat(ranked(reader, IdOrder.of(reader), n)).isEqualTo(ranked(reader, new SortField(Schema.ID, SortField.Type.STRING), n));
      }
    }
  }

  @Test
  void in_several_segments_the_ids_themselves_break_ties() throws IOException {
    write(false);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertThat(reader.leaves().size()).isGreaterThan(1);
      assertThat(IdOrder.of(reader).getType()).isEqualTo(SortField.Type.STRING);
      assertThat(ranked(reader, IdOrder.of(reader), 10).subList(1, IDS.size() + 1)).isSorted();
    }
  }
}
