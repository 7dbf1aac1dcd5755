package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medsearch.ShippedCorpusServer;
import org.medsearch.TestServer;

/** What people type into the site's search box, on the shipped corpus, over HTTP. */
class SiteSearchTest {
  @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();

  private static JsonNode search(String q) throws Exception {
    TestServer.Response r = server.get("/api/search?q=" + TestServer.enc(q));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.tree();
  }

  private static String firstId(String q) throws Exception {
    return search(q).get("hits").get(0).get("id").asText();
  }

  private static List<String> suggestions(String q) throws Exception {
    TestServer.Response r = server.get("/api/suggest?q=" + TestServer.enc(q));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.tree().get("suggestions").forEach(s -> out.add(s.get("text").asText()));
    return out;
  }

  @Test
  void the_topic_name_as_query_puts_the_topic_first() throws Exception {
    assertThat(firstId("myoclonus")).isEqualTo("myoclonus");
  }

  @Test
  void a_misspelled_topic_name_still_finds_the_topic_and_says_did_you_mean() throws Exception {
    JsonNode body = search("myoclonis");
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("myoclonus");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("myoclonus");
  }

  @Test
  void did_you_mean_keeps_the_words_that_were_right() throws Exception {
    // "myoclonic" and "myoclonus" are both one edit from "myoclonis"; the page writes "myoclonic jerks".
    assertThat(search("myoclonis jerks").get("did_you_mean").asText()).isEqualTo("myoclonic jerks");
  }

  @Test
  void a_correctly_spelled_query_has_no_did_you_mean() throws Exception {
    assertThat(search("hiccups").has("did_you_mean")).isFalse();
  }

  @Test
  void an_inflection_of_a_word_the_text_has_is_not_corrected_to_another_word() throws Exception {
    // The page says "twitches" and "twitching", never "twitched": its stem "twitch" is there.
    JsonNode body = search("twitched");
    assertThat(body.has("did_you_mean")).as(body.toString()).isFalse();
    assertThat(body.get("hits").get(0).get("id").asText()).startsWith("myoclonus");
  }

  @Test
  void short_words_numbers_and_dois_are_not_corrected() throws Exception {
    assertThat(search("emgg").get("total").asLong()).isZero();
    assertThat(search("emgg").has("did_you_mean")).isFalse();
    assertThat(search("545491").has("did_you_mean")).isFalse();
    assertThat(search("10.1155/2014/545490").has("did_you_mean")).isFalse();
  }

  @Test
  void the_medical_term_finds_the_lay_words_of_the_page() throws Exception {
    assertThat(firstId("singultus")).isEqualTo("myoclonus#s1");
  }

  @Test
  void lay_words_find_the_section_that_answers_them() throws Exception {
    assertThat(firstId("muscle jerks when falling asleep")).isEqualTo("myoclonus#s1");
  }

  @Test
  void an_abbreviation_finds_the_sections_that_use_it() throws Exception {
    JsonNode hits = search("CJD").get("hits");
    assertThat(List.of(hits.get(0).get("id").asText(), hits.get(1).get("id").asText()))
        .containsExactlyInAnyOrder("myoclonus#s2", "myoclonus#s3");
  }

  @Test
  void question_phrasing_does_not_drown_the_subject() throws Exception {
    assertThat(firstId("Can you please tell me what hiccups are? Thank you")).isEqualTo("myoclonus#s1");
  }

  @Test
  void suggestions_complete_a_prefix_with_the_topic_first() throws Exception {
    assertThat(suggestions("myoc").get(0)).isEqualTo("Myoclonus");
  }

  @Test
  void suggestions_match_inside_words() throws Exception {
    assertThat(suggestions("clonus")).contains("Myoclonus");
  }

  @Test
  void suggestions_tolerate_a_typo_after_the_first_letter() throws Exception {
    assertThat(suggestions("mioclo")).contains("Myoclonus");
  }

  @Test
  void suggestions_mark_the_typed_part_and_escape_the_rest() throws Exception {
    JsonNode first = server.get("/api/suggest?q=myoc").tree().get("suggestions").get(0);
    assertThat(first.get("highlighted").asText()).isEqualTo("<mark>Myoc</mark>lonus");
    assertThat(first.get("type").asText()).isEqualTo("topic");
    assertThat(first.get("topic").get("id").asText()).isEqualTo("myoclonus");
  }

  @Test
  void suggestions_of_a_resource_title_come_from_the_tier_blocks() throws Exception {
    assertThat(suggestions("benign neonatal")).contains("benign neonatal sleep myoclonus");
  }

  @Test
  void suggest_size_beyond_the_limit_is_a_400() throws Exception {
    TestServer.Response r = server.get("/api/suggest?q=myoc&size=500");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.tree().get("error").get("message").asText()).isEqualTo("size must be between 1 and 20, was 500");
  }

  @Test
  void empty_suggest_query_gives_no_suggestions() throws Exception {
    assertThat(suggestions("")).isEmpty();
  }
}
