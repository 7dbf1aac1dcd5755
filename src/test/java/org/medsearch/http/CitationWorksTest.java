package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;
import org.medsearch.app.Json;
import org.medsearch.parse.CitationFiles;
import org.medsearch.parse.Problems;

/**
 * One hit per work: the seed page and a second topic that cites two of its articles again, one
 * by the same DOI written otherwise, one without a DOI but with the same title (in other case and
 * punctuation) and year; and exports over HTTP.
 */
class CitationWorksTest {
  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(work);
    Files.writeString(corpus.resolve("epilepsy.json"), """
        {"id": "epilepsy", "title": "Epilepsy",
         "sections": [{"id": "s1", "text": "Epilepsy is a group of neurological disorders with seizures."}],
         "citations": [
          {"title": "Dancing eye syndrome secondary to opsoclonus-myoclonus syndrome in small-cell lung cancer",
           "container-title": "Case Rep Med", "author": [{"family": "Laroumagne", "given": "S"}],
           "issued": {"date-parts": [[2014]]}, "DOI": "https://doi.org/10.1155/2014/545490"},
          {"title": "Autosomal Dominant Cortical Tremor, Myoclonus, and Epilepsy (ADCME): Probable First Family from India.",
           "container-title": "Annals of Indian Academy of Neurology", "author": [{"family": "Sharma", "given": "Chandra Mohan"}],
           "issued": {"date-parts": [[2014]]}},
          {"title": "Epilepsy in adults", "container-title": "Lancet", "author": [{"family": "Thijs", "given": "R D"}],
           "issued": {"date-parts": [[2019]]}, "volume": "393", "page": "689-701", "DOI": "10.1016/S0140-6736(18)32596-0"}
         ]}
        """);
    server = TestServer.start(corpus, work);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<String> topicIds(JsonNode hit) {
    List<String> out = new ArrayList<>();
    hit.get("topics").forEach(t -> out.add(t.get("id").asText()));
    return out;
  }

  @Test
  void the_same_doi_on_two_topics_is_one_hit_listing_both_topics() throws Exception {
    JsonNode body = CitationsApiTestSupport.ok(server, "/api/citations?doi=10.1155/2014/545490");
    assertThat(body.get("total").asLong()).isEqualTo(1);
    JsonNode hit = body.get("hits").get(0);
    assertThat(topicIds(hit)).containsExactly("epilepsy", "myoclonus");
    assertThat(hit.get("topics").get(0).get("citation").asText()).isEqualTo("epilepsy#c1");
    assertThat(hit.get("topics").get(1).get("citation").asText()).isEqualTo("myoclonus#c2");
  }

  @Test
  void the_same_title_and_year_without_a_doi_is_one_hit() throws Exception {
    JsonNode body = CitationsApiTestSupport.ok(server, "/api/citations?author=sharma");
    assertThat(body.get("total").asLong()).isEqualTo(3);
    List<List<String>> topics = new ArrayList<>();
    body.get("hits").forEach(h -> topics.add(topicIds(h)));
    assertThat(topics).containsExactlyInAnyOrder(List.of("epilepsy", "myoclonus"), List.of("myoclonus"), List.of("myoclonus"));
  }

  @Test
  void totals_and_facets_count_works_not_records() throws Exception {
    JsonNode all = CitationsApiTestSupport.ok(server, "/api/citations");
    assertThat(all.get("total").asLong()).isEqualTo(11);
    assertThat(all.get("facets").get("year").get("2014").asLong()).isEqualTo(3);
    JsonNode topic = CitationsApiTestSupport.ok(server, "/api/citations?topic=epilepsy");
    assertThat(topic.get("total").asLong()).isEqualTo(3);
    topic.get("hits").forEach(h -> assertThat(topicIds(h)).contains("epilepsy"));
  }

  @Test
  void the_search_api_still_lists_each_record_under_its_topic() throws Exception {
    JsonNode body = server.get("/api/search?q=" + TestServer.enc("dancing eye") + "&type=citation").tree();
    assertThat(body.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void bibtex_export_has_the_format_media_type_and_one_entry_per_work_with_its_topics() throws Exception {
    TestServer.Response r = server.get("/api/citations?format=bibtex&year=2014");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/x-bibtex; charset=utf-8");
    assertThat(r.headers().firstValue("content-disposition")).hasValue("attachment; filename=\"citations.bib\"");
    BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(r.body()));
    assertThat(db.getEntries()).hasSize(3);
    assertThat(db.resolveEntry(new Key("laroumagne2014dancing")).getField(new Key("keywords")).toUserString())
        .isEqualTo("epilepsy, myoclonus");
  }

  @Test
  void ris_export_reads_back_every_work() throws Exception {
    TestServer.Response r = server.get("/api/citations?format=ris");
    assertThat(r.contentType()).isEqualTo("application/x-research-info-systems; charset=utf-8");
    Problems problems = new Problems();
    assertThat(new CitationFiles(Json.mapper()).read("x.ris", r.body(), problems)).hasSize(11);
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void csl_json_export_is_an_array_of_items_sorted_as_asked() throws Exception {
    TestServer.Response r = server.get("/api/citations?format=csl-json&sort=year");
    assertThat(r.contentType()).isEqualTo("application/vnd.citationstyles.csl+json; charset=utf-8");
    JsonNode items = Json.mapper().readTree(r.body());
    assertThat(items).hasSize(11);
    assertThat(items.get(0).get("id").asText()).isEqualTo("thijs2019epilepsy");
    assertThat(items.get(0).get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2019);
  }

  @Test
  void an_export_with_a_bad_query_answers_a_json_400() throws Exception {
    TestServer.Response r = server.get("/api/citations?format=ris&q=" + TestServer.enc("author:"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.tree().get("error").get("message").asText())
        .isEqualTo("query syntax error at position 1: 'author:' needs a value after it, e.g. author:value");
  }
}
