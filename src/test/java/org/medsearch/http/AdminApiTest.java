package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Settings;
import org.medsearch.index.BuildLock;
import org.medsearch.index.IndexStore;

/** The admin endpoints and CORS, on the real server. */
class AdminApiTest {
  static final String TOKEN = "editors-token-0123456789";
  @TempDir Path dir;

  private TestServer serve(String token, List<String> origins) throws IOException {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);
    return TestServer.start(new Settings(corpus, index, "127.0.0.1", 0, origins, token));
  }

  @Test
  void admin_endpoints_are_not_there_without_a_configured_token() throws Exception {
    try (TestServer s = serve(null, List.of())) {
      assertThat(s.send("POST", "/api/admin/reindex", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(404);
      assertThat(s.send("GET", "/api/admin/stats", "Authorization", "Bearer " + TOKEN).status()).isEqualTo(404);
    }
  }

  @Test
  void reindex_without_the_token_is_401_with_what_to_send() throws Exception {
    try (TestServer s = serve(TOKEN, List.of())) {
      TestServer.Response r = s.send("POST", "/api/admin/reindex");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(r.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"missing or wrong admin token: send "
          + "'Authorization: Bearer TOKEN' with the token of the server's configuration (admin-token or "
          + "MEDSEARCH_ADMIN_TOKEN)\"}}");
    }
  }

  @Test
  void reindex_with_a_wrong_token_is_401() throws Exception {
    try (TestServer s = serve(TOKEN, List.of())) {
      assertThat(s.send("POST", "/api/admin/reindex", "Authorization", "Bearer " + TOKEN + "x").status()).isEqualTo(401);
      assertThat(s.send("GET", "/api/admin/stats", "Authorization", TOKEN).status()).isEqualTo(401);
    }
  }

  @Test
  void reindex_answers_the_build_report() throws Exception {
    try (TestServer s = serve(TOKEN, List.of())) {
      TestCorpus.writeTopic(dir.resolve("corpus"), "gout", "Gout", "Gout is a form of arthritis.");
      TestServer.Response r = s.send("POST", "/api/admin/reindex", "Authorization", "Bearer " + TOKEN);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      var body = r.tree();
      assertThat(body.get("generation").asText()).isEqualTo("gen-000002");
      assertThat(body.get("mode").asText()).isEqualTo("incremental");
      assertThat(body.get("files").toString()).isEqualTo("{\"total\":2,\"read\":1,\"unchanged\":1,\"removed\":0}");
      assertThat(body.get("topics").asInt()).isEqualTo(2);
      assertThat(body.get("records").asInt()).isEqualTo(38 + 2); // the seed page's records and the gout topic's
      assertThat(body.get("errors").asInt()).isZero();
      assertThat(s.get("/api/topics/gout").status()).isEqualTo(200);
    }
  }

  @SuppressWarnings("try") // the lock is held, not used, for the whole block
  @Test
  void reindex_while_another_rebuild_runs_is_409() throws Exception {
    try (TestServer s = serve(TOKEN, List.of());
        BuildLock other = BuildLock.acquire(new IndexStore(dir.resolve("index")))) {
      TestServer.Response r = s.send("POST", "/api/admin/reindex", "Authorization", "Bearer " + TOKEN);
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.tree().get("error").get("message").asText()).startsWith("another rebuild of ")
          .endsWith("is running (this process): wait for it to finish and run again");
    }
  }

  @Test
  void stats_count_queries_and_zero_result_queries_and_list_repeated_queries_only() throws Exception {
    try (TestServer s = serve(TOKEN, List.of())) {
      for (String q : List.of("Hiccups", "hiccups", "%20HICCUPS%20", "jerks", "jerks", "zzyzx", "zzyzx",
          "my%20name%20is%20jane")) {
        assertThat(s.get("/api/search?q=" + q).status()).isEqualTo(200);
      }
      TestServer.Response r = s.send("GET", "/api/admin/stats", "Authorization", "Bearer " + TOKEN);
      assertThat(r.status()).isEqualTo(200);
      String body = r.body().replaceFirst("\"since\":\"[^\"]+\",", "");
      assertThat(body).isEqualTo("{\"queries\":8,\"zero_result_queries\":3,"
          + "\"top_queries\":[{\"query\":\"hiccups\",\"count\":3},{\"query\":\"jerks\",\"count\":2},"
          + "{\"query\":\"zzyzx\",\"count\":2}],"
          + "\"top_zero_result_queries\":[{\"query\":\"zzyzx\",\"count\":2}]}");
    }
  }

  @Test
  void cors_headers_go_to_configured_origins_only() throws Exception {
    try (TestServer s = serve(null, List.of("https://www.example.org"))) {
      TestServer.Response allowed = s.send("GET", "/api/search?q=hiccups", "Origin", "https://www.example.org");
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://www.example.org");
      TestServer.Response other = s.send("GET", "/api/search?q=hiccups", "Origin", "https://evil.example.com");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void without_configured_origins_there_are_no_cors_headers() throws Exception {
    try (TestServer s = serve(null, List.of())) {
      TestServer.Response r = s.send("GET", "/api/search?q=hiccups", "Origin", "https://www.example.org");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }
}
