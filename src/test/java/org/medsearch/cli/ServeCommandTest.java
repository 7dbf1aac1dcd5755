package org.medsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;

/** {@code serve} in its own JVM, as a user starts it: builds the missing index, then answers over HTTP. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void serve_builds_the_missing_index_then_answers_queries() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
        "--corpus", corpus.toString(), "--index", dir.resolve("index").toString(), "--port", String.valueOf(port))
        .redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
        if (line.startsWith("medsearch serving")) {
          break;
        }
      }
      assertThat(lines).as(String.join("\n", lines)).anyMatch(l -> l.startsWith("no index in"))
          .anyMatch(l -> l.matches("medsearch serving \\d+ records at http://127\\.0\\.0\\.1:" + port + "/"));
      HttpResponse<String> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=hiccups")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"id\":\"myoclonus#s1\"");
    } finally {
      p.destroy();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }
}
