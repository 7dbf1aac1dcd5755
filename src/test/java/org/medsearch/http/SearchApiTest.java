package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medsearch.ShippedCorpusServer;
import org.medsearch.TestServer;

class SearchApiTest {
  @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();

  @Test
  void hiccups_finds_the_myoclonus_section_about_hiccups_first_with_a_marked_snippet() throws Exception {
    TestServer.Response r = server.get("/api/search?q=hiccups");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode first = r.tree().get("hits").get(0);
    assertThat(first.get("id").asText()).isEqualTo("myoclonus#s1");
    assertThat(first.get("type").asText()).isEqualTo("section");
    assertThat(first.get("topic").get("id").asText()).isEqualTo("myoclonus");
    assertThat(first.get("topic").get("title").asText()).isEqualTo("Myoclonus");
    assertThat(first.get("snippet").asText()).contains("<mark>Hiccups</mark> are a kind of myoclonic jerk");
  }

  @Test
  void myoclonus_shows_facet_counts_for_every_tier_of_the_page() throws Exception {
    JsonNode tiers = server.get("/api/search?q=myoclonus").tree().get("facets").get("tier");
    List<String> names = new ArrayList<>();
    tiers.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrder("basic", "advanced", "research", "other", "support", "video",
        "presentation");
    tiers.forEach(count -> assertThat(count.asLong()).isPositive());
  }

  @Test
  void answer_has_the_contract_fields() throws Exception {
    JsonNode body = server.get("/api/search?q=myoclonus&size=3").tree();
    assertThat(body.get("query").asText()).isEqualTo("myoclonus");
    assertThat(body.get("page").asInt()).isEqualTo(1);
    assertThat(body.get("size").asInt()).isEqualTo(3);
    assertThat(body.get("hits")).hasSize(3);
    assertThat(body.get("total").asLong()).isGreaterThan(3);
    assertThat(body.has("took_ms")).isTrue();
    JsonNode hit = body.get("hits").get(0);
    for (String field : List.of("id", "type", "topic", "title", "snippet", "score")) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
  }

  @Test
  void type_filter_keeps_only_that_type_and_facets_still_count_the_others() throws Exception {
    JsonNode body = server.get("/api/search?q=myoclonus&type=section").tree();
    body.get("hits").forEach(h -> assertThat(h.get("type").asText()).isEqualTo("section"));
    JsonNode types = body.get("facets").get("type");
    assertThat(types.get("section").asLong()).isEqualTo(body.get("total").asLong());
    assertThat(types.get("topic").asLong()).isEqualTo(1);
    assertThat(types.has("resource")).isTrue();
  }

  @Test
  void tier_filter_repeats_as_or_and_facet_counts_ignore_their_own_filter() throws Exception {
    JsonNode all = server.get("/api/search?q=myoclonus").tree();
    JsonNode body = server.get("/api/search?q=myoclonus&tier=basic&tier=video").tree();
    body.get("hits").forEach(h -> assertThat(h.get("tier").asText()).isIn("basic", "video"));
    long basic = all.get("facets").get("tier").get("basic").asLong();
    long video = all.get("facets").get("tier").get("video").asLong();
    assertThat(body.get("total").asLong()).isEqualTo(basic + video);
    assertThat(body.get("facets").get("tier")).isEqualTo(all.get("facets").get("tier"));
  }

  @Test
  void topic_filter_limits_hits_to_that_topic() throws Exception {
    assertThat(server.get("/api/search?q=myoclonus&topic=myoclonus").tree().get("total").asLong()).isPositive();
    assertThat(server.get("/api/search?q=myoclonus&topic=elsewhere").tree().get("total").asLong()).isZero();
  }

  @Test
  void paging_returns_the_next_hits_without_overlap() throws Exception {
    JsonNode p1 = server.get("/api/search?q=myoclonus&size=2&page=1").tree().get("hits");
    JsonNode p2 = server.get("/api/search?q=myoclonus&size=2&page=2").tree().get("hits");
    assertThat(p2).hasSize(2);
    assertThat(p1.get(0).get("id")).isNotEqualTo(p2.get(0).get("id"));
    assertThat(p1.get(1).get("id")).isNotEqualTo(p2.get(0).get("id"));
  }

  @Test
  void hyphenated_words_are_found_by_their_parts() throws Exception {
    assertThat(server.get("/api/search?q=hypoxic").tree().get("total").asLong()).isPositive();
    assertThat(server.get("/api/search?q=opsoclonus").tree().get("total").asLong()).isPositive();
    assertThat(server.get("/api/search?q=" + TestServer.enc("post-hypoxic")).tree().get("total").asLong()).isPositive();
  }

  @Test
  void possessives_and_plurals_match_their_base_word() throws Exception {
    JsonNode hit = server.get("/api/search?q=parkinson&type=section").tree().get("hits").get(0);
    assertThat(hit.get("snippet").asText()).contains("<mark>Parkinson&#x27;s");
    assertThat(server.get("/api/search?q=jerk&type=section").tree().get("total").asLong()).isEqualTo(
        server.get("/api/search?q=jerks&type=section").tree().get("total").asLong());
  }

  @Test
  void a_question_typed_with_punctuation_is_searched_as_words() throws Exception {
    TestServer.Response r = server.get("/api/search?q=" + TestServer.enc("what are hiccups?"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.tree().get("hits").get(0).get("id").asText()).isEqualTo("myoclonus#s1");
  }

  @Test
  void topic_endpoint_returns_the_whole_topic_in_the_topic_format() throws Exception {
    JsonNode t = server.get("/api/topics/myoclonus").tree();
    assertThat(t.get("id").asText()).isEqualTo("myoclonus");
    assertThat(t.get("title").asText()).isEqualTo("Myoclonus");
    assertThat(t.get("reviewed").asText()).isEqualTo("2020-12-24");
    assertThat(t.get("sections")).hasSize(4);
    assertThat(t.get("resources").size()).isPositive();
    assertThat(t.get("citations").size()).isPositive();
  }

  @Test
  void health_reports_ready_with_the_number_of_documents() throws Exception {
    JsonNode h = server.get("/health").tree();
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("documents").asLong()).isGreaterThan(5);
  }

  @Test
  void search_page_is_served_at_the_root_from_the_jar() throws Exception {
    TestServer.Response r = server.get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<form").doesNotContain("cdn.", "https://");
  }
}
