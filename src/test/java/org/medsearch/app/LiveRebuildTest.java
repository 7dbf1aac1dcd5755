package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;

/** The server keeps answering while the index is rebuilt under it, and serves the new content after the switch. */
class LiveRebuildTest {
  /** The seed page: topic, 4 sections, 23 resources, 10 citations. */
  static final long SEED_RECORDS = 38;

  static final String TOKEN = "editors-token-0123456789";
  @TempDir Path dir;

  private TestServer serve(Path corpus) throws IOException {
    Path index = dir.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);
    return TestServer.start(new Settings(corpus, index, "127.0.0.1", 0, List.of(), TOKEN));
  }

  /** Sends searches one after another until stopped, at most 20,000 requests or 120 s; counts any failure. */
  static final class Client extends Thread {
    private final TestServer server;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger sent = new AtomicInteger();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    Client(TestServer server) {
      this.server = server;
    }

    @Override
    public void run() {
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!stop.get() && sent.get() < 20_000 && System.nanoTime() < deadline) {
        try {
          TestServer.Response r = server.get("/api/search?q=myoclonus&size=3");
          sent.incrementAndGet();
          if (r.status() != 200 || !r.body().contains("\"id\":\"myoclonus\"")) {
            failures.add(r.status() + " " + r.body());
          }
        } catch (IOException | InterruptedException | RuntimeException e) {
          failures.add(e.toString());
        }
      }
    }
  }

  @Test
  void rebuilds_while_a_client_queries_continuously_fail_no_request_and_serve_new_content_right_after_the_switch()
      throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    try (TestServer server = serve(corpus)) {
      Client client = new Client(server);
      client.start();
      try {
        for (int i = 1; i <= 3; i++) {
          String word = "podagra" + "abc".charAt(i - 1);
          TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout of the big toe is called " + word + ".");
          TestServer.Response r = server.send("POST", "/api/admin/reindex", "Authorization", "Bearer " + TOKEN);
          assertThat(r.status()).as(r.body()).isEqualTo(200);
          assertThat(r.tree().get("generation").asText()).isEqualTo("gen-00000" + (i + 1));
          assertThat(server.get("/api/search?q=" + word).tree().get("total").asLong()).isEqualTo(2);
        }
      } finally {
        client.stop.set(true);
        client.join();
      }
      assertThat(client.failures).isEmpty();
      System.out.println("requests sent during the rebuilds: " + client.sent.get());
      assertThat(client.sent.get()).isPositive();
      assertThat(server.service().engine().generation()).isEqualTo("gen-000004");
    }
  }

  @Test
  void server_switches_to_a_generation_published_by_the_command_line_without_a_restart() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    try (TestServer server = serve(corpus)) {
      TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout of the big toe is called podagra.");
      new Indexing(Json.mapper()).run(corpus, dir.resolve("index"));
      // The server looks at CURRENT every second; wait for it, boundedly.
      long deadline = System.nanoTime() + 60_000_000_000L;
      long before = SEED_RECORDS;
      while (server.get("/health").tree().get("documents").asLong() == before && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(server.get("/health").tree().get("documents").asLong()).isEqualTo(SEED_RECORDS + 2);
      assertThat(server.get("/api/search?q=podagra").tree().get("total").asLong()).isEqualTo(2);
    }
  }
}
