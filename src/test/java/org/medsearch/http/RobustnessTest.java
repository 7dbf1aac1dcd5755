package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;

/** The limits of a public endpoint (each a clear 400 or 503) and many clients at once. */
class RobustnessTest {
  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(work);
    TestCorpus.writeTopic(corpus, "hiccups", "Hiccups", "Hiccups are a kind of myoclonic jerk of the diaphragm.");
    server = TestServer.start(corpus, work);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static JsonNode error(String pathAndQuery, int status) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.tree().get("error").get("status").asInt()).isEqualTo(status);
    return r.tree().get("error");
  }

  @Test
  void a_search_past_its_time_budget_is_a_503_that_says_what_to_do() throws Exception {
    System.setProperty("medsearch.search-budget-ms", "0");
    try {
      // A query no other test asks: an answer already given would come from the result cache.
      TestServer.Response r = server.get("/api/search?q=myoclonus+deadline");
      assertThat(r.status()).as(r.body()).isEqualTo(503);
      assertThat(r.headers().firstValue("retry-after")).contains("1");
      assertThat(r.tree().get("error").get("message").asText()).isEqualTo("the search took longer than its 0 ms "
          + "budget and was stopped: try again in a moment, or use fewer or more specific words");
    } finally {
      System.clearProperty("medsearch.search-budget-ms");
    }
    assertThat(server.get("/api/search?q=myoclonus+deadline").status()).isEqualTo(200);
  }

  @Test
  void a_filtered_search_past_its_time_budget_is_a_503_too() throws Exception {
    System.setProperty("medsearch.search-budget-ms", "0");
    try {
      error("/api/search?q=myoclonus+filtered+budget&type=section&tier=basic", 503);
    } finally {
      System.clearProperty("medsearch.search-budget-ms");
    }
  }

  @Test
  void more_than_200_terms_is_a_400() throws Exception {
    String q = IntStream.range(0, 201).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThat(error("/api/search?q=" + TestServer.enc(q), 400).get("message").asText())
        .startsWith("query syntax error at position ").endsWith(": more than 200 terms: shorten the query");
  }

  @Test
  void a_page_past_result_1000_is_a_400() throws Exception {
    assertThat(error("/api/search?q=myoclonus&page=11&size=100", 400).get("message").asText())
        .isEqualTo("page 11 of size 100 goes past result 1000: refine the query or use the filters instead");
  }

  @Test
  void a_one_letter_wildcard_is_a_400() throws Exception {
    assertThat(error("/api/search?q=m*", 400).get("message").asText()).isEqualTo(
        "query syntax error at position 1: a wildcard needs at least 2 letters before it, at the end of a word (e.g. myoc*)");
  }

  @Test
  void more_than_10_wildcards_is_a_400() throws Exception {
    String q = IntStream.range(0, 11).mapToObj(i -> "a" + (char) ('a' + i) + "*").collect(Collectors.joining(" "));
    assertThat(error("/api/search?q=" + TestServer.enc(q), 400).get("message").asText())
        .isEqualTo("query syntax error at position 41: more than 10 wildcards: use whole words for some of them");
  }

  @Test
  void ten_wildcards_are_answered_within_the_budget() throws Exception {
    String q = IntStream.range(0, 10).mapToObj(i -> "m" + (char) ('a' + i) + "*").collect(Collectors.joining(" "));
    assertThat(server.get("/api/search?q=" + TestServer.enc(q)).status()).isEqualTo(200);
  }

  @Test
  void a_suggestion_request_over_100_characters_is_a_400() throws Exception {
    assertThat(error("/api/suggest?q=" + "a".repeat(101), 400).get("message").asText())
        .isEqualTo("q is 101 characters long; suggestions take up to 100: send what the user has typed so far");
  }

  @Test
  void an_address_past_256_kib_is_414_without_a_stack_trace() throws Exception {
    TestServer.Response r = server.get("/api/search?q=" + "a".repeat(300 * 1024));
    assertThat(r.status()).isEqualTo(414);
    assertThat(r.body()).doesNotContain("Exception", "\tat ");
    assertThat(server.get("/api/search?q=myoclonus+budget").status()).isEqualTo(200);
  }

  @Test
  void many_clients_at_once_get_the_answers_one_client_gets_alone() throws Exception {
    List<String> paths = List.of("/api/search?q=myoclonus", "/api/search?q=hiccups&type=section",
        "/api/search?q=" + TestServer.enc("jerks OR epilepsy") + "&tier=basic&tier=advanced", "/api/search?q=myoc*",
        "/api/search?q=" + TestServer.enc("\"unclosed"), "/api/suggest?q=myo", "/api/suggest?q=hic",
        "/api/topics/myoclonus", "/health", "/");
    Map<String, String> alone = new LinkedHashMap<>();
    for (String p : paths) {
      alone.put(p, comparable(server.get(p)));
    }
    int clients = 32;
    int requestsEach = 40;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        results.add(pool.submit(() -> {
          List<String> wrong = new ArrayList<>();
          for (int i = 0; i < requestsEach; i++) {
            String p = paths.get((offset + i) % paths.size());
            String got = comparable(server.get(p));
            if (!got.equals(alone.get(p))) {
              wrong.add(p + " -> " + got);
            }
          }
          return wrong;
        }));
      }
      List<String> wrong = new ArrayList<>();
      for (Future<List<String>> f : results) {
        wrong.addAll(f.get(120, TimeUnit.SECONDS));
      }
      assertThat(wrong).as("answers that differ from a lone client's, of %d", clients * requestsEach).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Status and body without the timing, which differs from call to call. */
  private static String comparable(TestServer.Response r) throws Exception {
    String body = r.body();
    if (r.contentType().startsWith("application/json") && body.startsWith("{")) {
      JsonNode tree = r.tree();
      if (tree instanceof ObjectNode o) {
        o.remove("took_ms");
      }
      body = tree.toString();
    }
    return r.status() + " " + body;
  }
}
