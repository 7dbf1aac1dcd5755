package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.index.Documents;
import org.medsearch.index.MedicalAnalyzer;
import org.medsearch.index.Schema;

/** What the kind model learns from the sections of an index, and what it leaves alone. */
class KindModelTest {
  private static final List<List<String>> KINDS = List.of(List.of("treatment"), List.of("cause"), List.of("stage"));
  private static final int TREATMENT = 0;
  private static final int CAUSE = 1;

  @TempDir
  Path dir;

  private static void section(IndexWriter w, String topicName, String heading, String body) throws Exception {
    Document d = new Document();
    d.add(new StringField(Schema.TYPE, Documents.TYPE_SECTION, Field.Store.NO));
    d.add(new TextField(Schema.TOPIC_NAMES, topicName, Field.Store.NO));
    d.add(new TextField(Schema.TITLE, heading, Field.Store.NO));
    d.add(new TextField(Schema.BODY, body, Field.Store.NO));
    w.addDocument(d);
  }

  /**
   * 40 topics with a treatments section (surgery), a causes section (a virus) and an overview;
   * "rest" in every section; "rare" in 10 treatment sections only; 5 stages sections; and a
   * topic named "Cancer Treatment" whose 40 overview-like sections mention "lottery".
   */
  private DirectoryReader index() throws Exception {
    FSDirectory d = FSDirectory.open(dir);
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
      for (int i = 0; i < 40; i++) {
        String name = "disease" + (char) ('a' + i % 26) + i;
        section(w, name, "What are the treatments for " + name + "?", "surgery and rest" + (i < 10 ? " rare" : ""));
        section(w, name, "What causes " + name + "?", "a virus; rest");
        section(w, name, "What is " + name + "?", "a condition; rest");
        if (i < 5) {
          section(w, name, "What are the stages of " + name + "?", "rest");
        }
        section(w, "Cancer Treatment", "About Cancer Treatment, part " + i, "lottery and rest");
      }
      Document topic = new Document();
      topic.add(new StringField(Schema.TYPE, Documents.TYPE_TOPIC, Field.Store.NO));
      topic.add(new TextField(Schema.TITLE, "Treatments", Field.Store.NO));
      w.addDocument(topic);
      w.forceMerge(1);
    }
    return DirectoryReader.open(d);
  }

  private static List<Integer> kinds(KindModel m, String word) {
    return Arrays.stream(m.pointers(word)).map(KindModel.Pointer::kind).toList();
  }

  @Test
  void a_word_the_sections_of_a_kind_have_far_more_often_points_at_that_kind() throws Exception {
    try (DirectoryReader r = index()) {
      KindModel m = KindModel.learn(r, KINDS);
      assertThat(kinds(m, "surgery")).containsExactly(TREATMENT);
      assertThat(kinds(m, "virus")).containsExactly(CAUSE);
      assertThat(m.pointers("surgery")[0].strength()).isPositive();
      assertThat(kinds(m, "rest")).as("in every section").isEmpty();
      assertThat(kinds(m, "rare")).as("in too few sections to tell").isEmpty();
      assertThat(m.kindsLearnt()).as("5 stages sections are too few to learn from").isEqualTo(2);
    }
  }

  @Test
  void a_heading_that_names_a_kind_only_through_its_topic_name_is_no_example_of_it() throws Exception {
    try (DirectoryReader r = index()) {
      KindModel m = KindModel.learn(r, KINDS);
      assertThat(kinds(m, "lottery")).isEmpty();
    }
  }

  @Test
  void the_lift_of_a_record_is_that_of_each_kind_its_heading_names() throws Exception {
    try (DirectoryReader r = index()) {
      KindModel m = KindModel.learn(r, KINDS);
      float[] lift = {1.5f, 0.25f, 4f};
      assertThat(m.lift(0, lift)).as("a treatments section").isEqualTo(1.5f);
      assertThat(m.lift(1, lift)).as("a causes section").isEqualTo(0.25f);
      assertThat(m.lift(2, lift)).as("an overview").isZero();
      // Lifts follow the heading's words, as a query on them would: Cancer Treatment's sections too.
      assertThat(m.lift(4, lift)).isEqualTo(1.5f);
      assertThat(m.lift(r.maxDoc() - 1, lift)).as("a topic record titled Treatments").isEqualTo(1.5f);
    }
  }

  @Test
  void an_index_without_enough_sections_of_any_kind_learns_nothing() throws Exception {
    FSDirectory d = FSDirectory.open(dir.resolve("small"));
    try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new MedicalAnalyzer()))) {
      for (int i = 0; i < 10; i++) {
        section(w, "x" + i, "What are the treatments for x?", "surgery");
      }
    }
    try (DirectoryReader r = DirectoryReader.open(d)) {
      KindModel m = KindModel.learn(r, KINDS);
      assertThat(m.kindsLearnt()).isZero();
      assertThat(m.words()).isZero();
      assertThat(m.lift(0, new float[] {1f, 1f, 1f})).isZero();
    }
  }
}
