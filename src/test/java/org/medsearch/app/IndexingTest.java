package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.index.BuildLock;
import org.medsearch.index.IndexStore;
import org.medsearch.model.Problem;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;

/** Rebuilds as editors run them: incremental, full, checked, one at a time, recovering from crashes. */
class IndexingTest {
  @TempDir Path dir;
  private Path corpus;
  private Path index;
  private final Indexing indexing = new Indexing(Json.mapper());

  /** The seed page (16 records) and three one-section topics (2 records each). */
  @BeforeEach
  void corpus() throws IOException {
    corpus = TestCorpus.copyOfShipped(dir);
    index = dir.resolve("index");
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout is a form of arthritis.");
    TestCorpus.writeTopic(corpus, "tinnitus", "Tinnitus", "Tinnitus is a ringing in the ears.");
    TestCorpus.writeTopic(corpus, "vertigo", "Vertigo", "Vertigo is a spinning sensation.");
  }

  private Indexing.Report build() throws IOException {
    return indexing.run(corpus, index);
  }

  private long hits(String q) throws IOException {
    try (SearchEngine e = Service.openEngine(index, Json.mapper())) {
      return e.search(SearchRequest.of(q)).total();
    }
  }

  /** The seed page gives 38 records (topic, 4 sections, 23 resources, 10 citations), the three JSON topics 6. */
  private long records() throws IOException {
    try (SearchEngine e = Service.openEngine(index, Json.mapper())) {
      return e.documentCount();
    }
  }

  @Test
  void first_build_reads_every_file_and_publishes_the_first_generation() throws IOException {
    Indexing.Build b = build().build();
    assertThat(b).isEqualTo(new Indexing.Build("full", 4, 0, 0, 4, 0, "gen-000001", true, List.of()));
    assertThat(records()).isEqualTo(44);
  }

  @Test
  void incremental_rebuild_after_changing_one_file_reads_and_rewrites_just_that_file() throws IOException {
    build();
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout is a form of arthritis; podagra is gout of the big toe.");
    Indexing.Report r = build();
    assertThat(r.build()).isEqualTo(new Indexing.Build("incremental", 1, 3, 0, 1, 1, "gen-000002", true, List.of()));
    assertThat(hits("podagra")).isEqualTo(2);
    assertThat(hits("hiccups")).isEqualTo(2);
    assertThat(records()).isEqualTo(44);
  }

  @Test
  void touching_a_file_without_changing_its_content_reads_nothing_and_keeps_the_served_generation() throws IOException {
    build();
    Files.setLastModifiedTime(corpus.resolve("gout.json"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    Indexing.Build b = build().build();
    assertThat(b).isEqualTo(new Indexing.Build("incremental", 0, 4, 0, 0, 0, "gen-000001", false, List.of()));
    assertThat(new IndexStore(index).current()).contains(index.toAbsolutePath().resolve("gen-000001"));
  }

  @Test
  void removing_a_page_removes_all_of_its_records() throws IOException {
    build();
    Files.delete(corpus.resolve(TestCorpus.SEED));
    Indexing.Report r = build();
    assertThat(r.build()).isEqualTo(new Indexing.Build("incremental", 0, 3, 1, 0, 1, "gen-000002", true, List.of()));
    assertThat(records()).isEqualTo(6);
    assertThat(hits("myoclonus")).isZero();
  }

  @Test
  void an_added_page_is_read_and_indexed_alone() throws IOException {
    build();
    TestCorpus.writeTopic(corpus, "gaucher", "Gaucher disease", "A lysosomal storage disorder.");
    Indexing.Build b = build().build();
    assertThat(b).isEqualTo(new Indexing.Build("incremental", 1, 4, 0, 1, 0, "gen-000002", true, List.of()));
    assertThat(hits("lysosomal")).isEqualTo(2);
  }

  @Test
  void full_rebuild_reads_every_file_again() throws IOException {
    build();
    Indexing.Build b = indexing.run(corpus, index, new Indexing.Options(true, null, 0)).build();
    assertThat(b).isEqualTo(new Indexing.Build("full", 4, 0, 0, 4, 0, "gen-000002", true, List.of()));
    assertThat(records()).isEqualTo(44);
  }

  @Test
  void a_changed_topic_id_drops_the_old_topic_and_adds_the_new_one() throws IOException {
    build();
    Files.delete(corpus.resolve("vertigo.json"));
    TestCorpus.writeTopic(corpus, "dizziness", "Dizziness", "Dizziness is a spinning sensation.");
    Indexing.Build b = build().build();
    assertThat(b.topicsWritten()).isEqualTo(1);
    assertThat(b.topicsDeleted()).isEqualTo(1);
    try (SearchEngine e = Service.openEngine(index, Json.mapper())) {
      assertThat(e.topic("vertigo")).isEmpty();
      assertThat(e.topic("dizziness")).isPresent();
      assertThat(e.documentCount()).isEqualTo(44);
    }
  }

  @Test
  void corrupt_pdf_and_empty_file_are_reported_and_everything_else_is_indexed() throws IOException {
    Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Indexing.Report r = build();
    assertThat(r.corpus().problems()).filteredOn(p -> p.level() == Problem.Level.ERROR)
        .extracting(Problem::file, Problem::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("broken.pdf", Problem.Level.ERROR),
            org.assertj.core.groups.Tuple.tuple("empty.txt", Problem.Level.ERROR));
    assertThat(r.corpus().topics()).hasSize(4);
    assertThat(records()).isEqualTo(44);
    // Unchanged broken files are not read again, and are still reported.
    Indexing.Report again = build();
    assertThat(again.build().filesRead()).isZero();
    assertThat(again.corpus().problems()).isEqualTo(r.corpus().problems());
  }

  @SuppressWarnings("try") // the lock is held, not used, for the whole block
  @Test
  void a_second_rebuild_while_one_runs_is_refused_with_who_holds_the_lock() throws IOException {
    build();
    try (BuildLock running = BuildLock.acquire(new IndexStore(index))) {
      assertThatThrownBy(this::build).isInstanceOf(BuildLock.Busy.class)
          .hasMessage("another rebuild of " + index.toAbsolutePath() + " is running (this process): wait for it to "
              + "finish and run again");
    }
    assertThat(build().build().published()).isFalse();
  }

  @Test
  void next_build_clears_an_unfinished_generation_left_by_a_crash() throws IOException {
    build();
    Path partial = Files.createDirectories(index.resolve("gen-000002"));
    Files.writeString(partial.resolve("_0.cfs"), "half written");
    Files.writeString(index.resolve("CURRENT.tmp"), "gen-000002\n");
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout is a form of arthritis; podagra is gout of the big toe.");
    Indexing.Build b = build().build();
    assertThat(b.recovered()).containsExactly("gen-000002");
    assertThat(b.generation()).isEqualTo("gen-000002");
    assertThat(index.resolve("CURRENT.tmp")).doesNotExist();
    assertThat(hits("podagra")).isEqualTo(2);
  }

  @Test
  void old_generations_are_removed_and_the_replaced_one_is_kept_for_a_running_server() throws IOException {
    for (String text : List.of("one", "two", "three", "four")) {
      TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout " + text);
      build();
    }
    try (Stream<Path> s = Files.list(index)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("CURRENT", "build.lock", "gen-000003", "gen-000004");
    }
  }
}
