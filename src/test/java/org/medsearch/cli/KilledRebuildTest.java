package org.medsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;
import org.medsearch.app.Settings;

/**
 * {@code index} in its own JVM, stopped halfway by the documented test hook
 * ({@code MEDSEARCH_TEST_PAUSE_AFTER_TOPICS}) and killed with SIGKILL: the served index never
 * changes, a second build meanwhile is refused, and the next build recovers.
 */
class KilledRebuildTest {
  @TempDir Path dir;

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void a_rebuild_killed_halfway_leaves_the_old_index_serving_and_the_next_run_recovers() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    for (String id : List.of("gout", "tinnitus", "vertigo")) {
      TestCorpus.writeTopic(corpus, id, id, id + " is a topic of the old corpus.");
    }
    assertThat(run("index", "--corpus", corpus.toString(), "--index", index.toString()).code()).isZero();
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout of the big toe is called podagra.");

    try (TestServer server = TestServer.start(new Settings(corpus, index, "127.0.0.1", 0))) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "index", "--full", "--corpus", corpus.toString(), "--index", index.toString()).redirectErrorStream(true);
      pb.environment().put(IndexCommand.PAUSE_ENV, "2");
      Process p = pb.start();
      List<String> lines = new ArrayList<>();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          lines.add(line);
          if (line.startsWith("test hook: paused")) {
            break;
          }
        }
        assertThat(lines).as(String.join("\n", lines)).contains("test hook: paused after writing 2 topics");

        // Halfway: a new generation is being written, the old one is served.
        assertThat(index.resolve("gen-000002")).isDirectory();
        assertThat(Files.readString(index.resolve("CURRENT")).strip()).isEqualTo("gen-000001");
        CliTest.Run second = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err().strip()).isEqualTo("error: another rebuild of " + index.toAbsolutePath()
            + " is running (pid " + p.pid() + ", started " + startedOf(index) + "): wait for it to finish and run again");

        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        p.destroyForcibly();
      }

      // Killed: the old generation still serves, without the new content.
      assertThat(server.get("/api/search?q=hiccups").tree().get("total").asLong()).isEqualTo(2);
      assertThat(server.get("/api/search?q=podagra").tree().get("total").asLong()).isZero();
      assertThat(server.service().engine().generation()).isEqualTo("gen-000001");

      // The next run clears the unfinished generation, takes the stale lock, and publishes.
      CliTest.Run next = run("index", "--corpus", corpus.toString(), "--index", index.toString());
      assertThat(next.code()).as(next.err()).isZero();
      assertThat(next.out()).startsWith("removed gen-000002, left unfinished by an interrupted build\n"
          + "incremental build published as gen-000002\n");
      server.service().engine().refresh(); // or the server's own poll got there first
      assertThat(server.service().engine().generation()).isEqualTo("gen-000002");
      assertThat(server.get("/api/search?q=podagra").tree().get("total").asLong()).isEqualTo(2);
    }
  }

  private static String startedOf(Path index) throws java.io.IOException {
    String owner = Files.readString(index.resolve("build.lock")).strip();
    return owner.substring(owner.indexOf("started ") + "started ".length());
  }
}
