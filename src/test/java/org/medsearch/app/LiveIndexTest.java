package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.search.SearchRequest;

class LiveIndexTest {
  @TempDir Path dir;

  @Test
  void searches_on_several_threads_never_fail_while_generations_are_swapped_under_them() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    Indexing indexing = new Indexing(Json.mapper());
    indexing.run(corpus, index);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean stop = new AtomicBoolean();
    try (LiveIndex live = LiveIndex.open(index, Json.mapper(), Duration.ZERO)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        Thread thread = new Thread(() -> {
          for (int i = 0; i < 100_000 && !stop.get(); i++) {
            try {
              if (live.search(SearchRequest.of("hiccups")).total() != 2) {
                failures.add(new AssertionError("hiccups not found"));
              }
            } catch (RuntimeException e) {
              failures.add(e);
            }
          }
        });
        thread.start();
        threads.add(thread);
      }
      for (int g = 0; g < 8; g++) {
        TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout, version " + g);
        indexing.run(corpus, index);
        assertThat(live.refresh()).isTrue();
      }
      stop.set(true);
      for (Thread thread : threads) {
        thread.join();
      }
      assertThat(live.generation()).isEqualTo("gen-000009");
      assertThat(live.refresh()).isFalse();
    }
    assertThat(failures).isEmpty();
  }
}
