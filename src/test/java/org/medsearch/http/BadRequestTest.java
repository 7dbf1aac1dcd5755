package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medsearch.ShippedCorpusServer;
import org.medsearch.TestServer;

/** Every malformed request gets a 400 (or 404) with the contract's JSON error body, never a 500. */
class BadRequestTest {
  @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();

  private static JsonNode error(String pathAndQuery, int status) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode e = r.tree().get("error");
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("message").asText()).isNotBlank().doesNotContain("Exception", "\tat ");
    return e;
  }

  @ParameterizedTest(name = "q={0}")
  @CsvSource(delimiter = '|', value = {
      "\"unclosed | query syntax error at position 1: unclosed quote: add the closing '\"'",
      "AND | query syntax error at position 1: AND needs a term on both sides",
      "myoclonus AND | query syntax error at position 11: AND needs a term after it",
      "* | query syntax error at position 1: a wildcard needs at least 2 letters before it, at the end of a word (e.g. myoc*)",
      "(myoclonus | query syntax error at position 1: unclosed parenthesis: add ')'",
      "myoclonus) | query syntax error at position 10: ')' without a matching '('",
      "-myoclonus | query syntax error at position 1: the query only excludes terms: add a term to search for",
  })
  void malformed_query_syntax_is_a_400_that_says_where(String q, String message) throws Exception {
    assertThat(error("/api/search?q=" + TestServer.enc(q), 400).get("message").asText()).isEqualTo(message);
  }

  @Test
  void a_100_kb_query_is_a_400() throws Exception {
    String q = "myoclonus ".repeat(9_999) + "myoclonus!";
    assertThat(error("/api/search?q=" + TestServer.enc(q), 400).get("message").asText())
        .startsWith("query is 100000 characters long; the limit is 2000");
  }

  @Test
  void size_beyond_the_limit_is_a_400() throws Exception {
    assertThat(error("/api/search?q=myoclonus&size=100000", 400).get("message").asText())
        .isEqualTo("size must be between 1 and 100, was 100000");
  }

  @Test
  void negative_page_is_a_400() throws Exception {
    assertThat(error("/api/search?q=myoclonus&page=-1", 400).get("message").asText())
        .isEqualTo("page must be 1 or more, was -1");
  }

  @Test
  void non_numeric_page_is_a_400() throws Exception {
    assertThat(error("/api/search?q=myoclonus&page=two", 400).get("message").asText())
        .isEqualTo("page must be a whole number, was 'two'");
  }

  @Test
  void unknown_type_is_a_400_listing_the_types() throws Exception {
    assertThat(error("/api/search?q=myoclonus&type=video", 400).get("message").asText())
        .isEqualTo("unknown type 'video': use one of topic, section, resource, citation");
  }

  @Test
  void unknown_tier_is_a_400_listing_the_tiers() throws Exception {
    assertThat(error("/api/search?q=myoclonus&tier=expert", 400).get("message").asText())
        .isEqualTo("unknown tier 'expert': use one of basic, advanced, research, other, support, video, presentation");
  }

  @Test
  void unknown_topic_is_a_404_with_the_error_body() throws Exception {
    assertThat(error("/api/topics/no-such-topic", 404).get("message").asText())
        .startsWith("no topic with id 'no-such-topic'");
  }

  @Test
  void unknown_endpoint_is_a_404_with_the_error_body() throws Exception {
    error("/api/nothing-here", 404);
  }

  @Test
  void the_server_keeps_serving_after_bad_requests() throws Exception {
    error("/api/search?q=" + TestServer.enc("\"broken"), 400);
    assertThat(server.get("/api/search?q=hiccups").status()).isEqualTo(200);
  }
}
