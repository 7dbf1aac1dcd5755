package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medsearch.ShippedCorpusServer;
import org.medsearch.TestServer;

/** {@code /api/citations} over the shipped corpus: the seed page's ten citations. */
class CitationsApiTest {
  static final String ADCME = "autosomal dominant cortical tremor, myoclonus, and epilepsy (adcme): probable first family from india";
  static final String LOMEDS = "late-onset myoclonic epilepsy in down syndrome (lomeds): a spectrum of progressive myoclonic epilepsy — case report";
  static final String DYSTONIA = "myoclonus-dystonia: an under-recognized entity - report of 5 cases";
  static final String DANCING = "“dancing eye syndrome” secondary to opsoclonus-myoclonus syndrome in small-cell lung cancer";
  static final String HIRAYAMA = "hirayama disease with juvenile myoclonic epilepsy: a case report";

  @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();

  static JsonNode ok(String pathAndQuery) throws Exception {
    return CitationsApiTestSupport.ok(server.running(), pathAndQuery);
  }

  static List<String> titles(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.get("hits").forEach(h -> out.add(h.get("title").asText()));
    return out;
  }

  static Map<String, Long> facet(JsonNode body, String dim) {
    Map<String, Long> out = new LinkedHashMap<>();
    body.get("facets").get(dim).properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  static String error(String pathAndQuery) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    return r.tree().get("error").get("message").asText();
  }

  @Test
  void author_sharma_gives_exactly_the_three_citations_with_an_author_named_sharma() throws Exception {
    JsonNode body = ok("/api/citations?author=sharma");
    assertThat(body.get("total").asLong()).isEqualTo(3);
    assertThat(titles(body)).containsExactly(LOMEDS, DYSTONIA, ADCME);
  }

  @Test
  void author_matches_with_initials_in_any_order_and_punctuation() throws Exception {
    for (String name : List.of("Sharma CM", "sharma c", "C. M. Sharma", "Sharma, C.M.", "Sharma, Chandra Mohan")) {
      assertThat(titles(ok("/api/citations?author=" + TestServer.enc(name)))).as(name).containsExactly(LOMEDS, ADCME);
    }
    assertThat(titles(ok("/api/citations?author=" + TestServer.enc("Sharma S")))).containsExactly(DYSTONIA);
  }

  @Test
  void author_with_a_particle_is_found_with_and_without_it() throws Exception {
    assertThat(titles(ok("/api/citations?author=" + TestServer.enc("van Ruissen")))).containsExactly(DYSTONIA);
    assertThat(titles(ok("/api/citations?author=ruissen"))).containsExactly(DYSTONIA);
    assertThat(titles(ok("/api/citations?author=" + TestServer.enc("Sofie N. de Blauwe")))).hasSize(1);
  }

  @Test
  void year_2014_gives_the_three_citations_from_2014() throws Exception {
    JsonNode body = ok("/api/citations?year=2014");
    assertThat(body.get("total").asLong()).isEqualTo(3);
    assertThat(titles(body)).containsExactlyInAnyOrder(ADCME, DANCING, HIRAYAMA);
  }

  @Test
  void journal_matches_the_abbreviation_or_the_full_title_in_any_case() throws Exception {
    for (String journal : List.of("ann indian acad neurol", "Annals of Indian Academy of Neurology", "Ann. Indian Acad. Neurol.")) {
      JsonNode body = ok("/api/citations?journal=" + TestServer.enc(journal));
      assertThat(titles(body)).as(journal).containsExactlyInAnyOrder(ADCME, LOMEDS, HIRAYAMA);
    }
  }

  @Test
  void doi_lookup_gives_the_one_article_whatever_the_case_and_prefix() throws Exception {
    for (String doi : List.of("10.1155/2014/545490", "https://doi.org/10.1155/2014/545490", "DOI:10.1155/2014/545490",
        "HTTPS://DOI.ORG/10.1155/2014/545490")) {
      JsonNode body = ok("/api/citations?doi=" + TestServer.enc(doi));
      assertThat(titles(body)).as(doi).containsExactly(DANCING);
    }
  }

  @Test
  void year_range_and_free_text_combine() throws Exception {
    JsonNode body = ok("/api/citations?year_from=2015&year_to=2016&q=myoclonic");
    assertThat(titles(body)).containsExactlyInAnyOrder(LOMEDS,
        "clinical, neuropsychological and neurophysiological correlates of drug resistant juvenile myoclonic epilepsy");
  }

  @Test
  void free_text_searches_title_journal_and_authors() throws Exception {
    assertThat(titles(ok("/api/citations?q=hirayama"))).containsExactly(HIRAYAMA);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("\"neurology india\"")))).containsExactly(DYSTONIA);
    assertThat(titles(ok("/api/citations?q=laroumagne"))).containsExactly(DANCING);
  }

  @Test
  void field_syntax_in_q_with_phrases_ranges_and_boolean_operators() throws Exception {
    String q = "author:sharma year:2014..2016 journal:\"neurol india\" title:dystonia";
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc(q)))).containsExactly(DYSTONIA);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("author:sharma NOT year:2016")))).containsExactly(ADCME);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("author:sharma year:2014 OR title:hirayama"))))
        .containsExactlyInAnyOrder(ADCME, HIRAYAMA);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("author:(park OR jain)"))))
        .containsExactlyInAnyOrder(HIRAYAMA, DYSTONIA);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("doi:https://doi.org/10.1155/2014/545490"))))
        .containsExactly(DANCING);
    assertThat(titles(ok("/api/citations?q=" + TestServer.enc("title:\"juvenile myoclonic\" year:..2014"))))
        .containsExactly(HIRAYAMA);
  }

  @Test
  void syntax_errors_answer_400_with_the_position_of_the_problem() throws Exception {
    assertThat(error("/api/citations?q=" + TestServer.enc("author:sharma year:20x4")))
        .isEqualTo("query syntax error at position 20: '20x4' is not a year: write a year like 2014 or a range like 2014..2016");
    assertThat(error("/api/citations?q=" + TestServer.enc("title:\"epilepsy")))
        .isEqualTo("query syntax error at position 7: unclosed quote: add the closing '\"'");
    assertThat(error("/api/citations?q=" + TestServer.enc("author:sharma OR")))
        .isEqualTo("query syntax error at position 15: OR needs a term after it");
    assertThat(error("/api/citations?q=" + TestServer.enc("author:1..2")))
        .isEqualTo("query syntax error at position 8: ranges (from..to) are for years, not author: write year:2014..2016");
    assertThat(error("/api/citations?q=" + TestServer.enc("doi:10.x")))
        .startsWith("query syntax error at position 5: '10.x' is not a DOI");
  }

  @Test
  void bad_parameters_answer_400_naming_the_parameter() throws Exception {
    assertThat(error("/api/citations?year=20x4")).isEqualTo("year must be a year like 2014, was '20x4'");
    assertThat(error("/api/citations?year_from=2016&year_to=2014")).isEqualTo("year_from 2016 is after year_to 2014: swap them");
    assertThat(error("/api/citations?doi=nope")).startsWith("doi 'nope' is not a DOI");
    assertThat(error("/api/citations?sort=date")).isEqualTo("unknown sort 'date': use relevance or year");
    assertThat(error("/api/citations?format=endnote")).isEqualTo("unknown format 'endnote': use json, csl-json, bibtex, ris");
    assertThat(error("/api/citations?cite=mla")).isEqualTo("unknown citation style 'mla' in cite: use vancouver, ama, apa");
    assertThat(error("/api/citations?format=bibtex&q=" + TestServer.enc("year:x"))).contains("position 6");
  }

  @Test
  void sort_by_year_puts_the_newest_first() throws Exception {
    JsonNode body = ok("/api/citations?sort=year&size=20");
    List<Integer> years = new ArrayList<>();
    body.get("hits").forEach(h -> years.add(h.get("csl").get("issued").get("date-parts").get(0).get(0).asInt()));
    assertThat(years).hasSize(10).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(body.get("sort").asText()).isEqualTo("year");
  }

  @Test
  void facets_count_years_and_journals_and_ignore_their_own_filter() throws Exception {
    JsonNode all = ok("/api/citations");
    assertThat(all.get("total").asLong()).isEqualTo(10);
    assertThat(facet(all, "year")).containsExactly(Map.entry("2016", 2L), Map.entry("2015", 1L), Map.entry("2014", 3L),
        Map.entry("2013", 2L), Map.entry("2012", 1L), Map.entry("2009", 1L));
    assertThat(facet(all, "journal")).containsExactly(Map.entry("Ann Indian Acad Neurol", 3L), Map.entry("Case Rep Med", 1L),
        Map.entry("Case Rep Neurol Med", 1L), Map.entry("Front Neurol", 1L), Map.entry("Indian J Pharmacol", 1L),
        Map.entry("J Evid Based Med Healthc", 1L), Map.entry("J Med Case Rep", 1L), Map.entry("Neurol India", 1L));

    JsonNode filtered = ok("/api/citations?year=2014&journal=" + TestServer.enc("Ann Indian Acad Neurol"));
    assertThat(titles(filtered)).containsExactlyInAnyOrder(ADCME, HIRAYAMA);
    // years of that journal, and journals of that year
    assertThat(facet(filtered, "year")).containsExactly(Map.entry("2016", 1L), Map.entry("2014", 2L));
    assertThat(facet(filtered, "journal")).containsExactly(Map.entry("Ann Indian Acad Neurol", 2L), Map.entry("Case Rep Med", 1L));
  }

  @Test
  void repeated_years_are_any_of_them() throws Exception {
    assertThat(ok("/api/citations?year=2014&year=2016").get("total").asLong()).isEqualTo(5);
  }

  @Test
  void paging_splits_the_works() throws Exception {
    JsonNode p1 = ok("/api/citations?size=4&page=1");
    JsonNode p3 = ok("/api/citations?size=4&page=3");
    assertThat(p1.get("hits")).hasSize(4);
    assertThat(p3.get("hits")).hasSize(2);
    assertThat(p3.get("total").asLong()).isEqualTo(10);
    List<String> seen = new ArrayList<>(titles(p1));
    seen.addAll(titles(ok("/api/citations?size=4&page=2")));
    seen.addAll(titles(p3));
    assertThat(seen).doesNotHaveDuplicates().hasSize(10);
  }

  @Test
  void hits_carry_a_vancouver_reference_topics_and_a_doi_link() throws Exception {
    JsonNode hit = ok("/api/citations?doi=10.1155/2014/545490").get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("myoclonus#c2");
    assertThat(hit.get("type").asText()).isEqualTo("citation");
    assertThat(hit.get("url").asText()).isEqualTo("https://doi.org/10.1155/2014/545490");
    assertThat(hit.get("reference").asText()).isEqualTo("Laroumagne S, Elharrar X, Coiffard B, et al. “Dancing eye syndrome”"
        + " secondary to opsoclonus-myoclonus syndrome in small-cell lung cancer. Case Rep Med. 2014;2014:545490.");
    assertThat(hit.get("topics")).hasSize(1);
    assertThat(hit.get("topics").get(0).get("id").asText()).isEqualTo("myoclonus");
    assertThat(hit.get("topics").get(0).get("citation").asText()).isEqualTo("myoclonus#c2");
    assertThat(hit.has("cite_as")).isFalse();
  }

  @Test
  void cite_asks_for_the_reference_in_ama_and_apa_too() throws Exception {
    JsonNode citeAs = ok("/api/citations?id=" + TestServer.enc("myoclonus#c1") + "&cite=vancouver,ama,apa")
        .get("hits").get(0).get("cite_as");
    assertThat(citeAs.get("vancouver").asText()).isEqualTo("Sharma CM, Nath K, Kumawat BL, Khandelwal D. Autosomal dominant"
        + " cortical tremor, myoclonus, and epilepsy (adcme): probable first family from india. Ann Indian Acad Neurol."
        + " 2014;17:433–6.");
    assertThat(citeAs.get("ama").asText()).isEqualTo("Sharma CM, Nath K, Kumawat BL, Khandelwal D. Autosomal dominant"
        + " cortical tremor, myoclonus, and epilepsy (adcme): probable first family from india. Ann Indian Acad Neurol."
        + " 2014;17:433-436.");
    assertThat(citeAs.get("apa").asText()).isEqualTo("Sharma, C. M., Nath, K., Kumawat, B. L., & Khandelwal, D. (2014)."
        + " Autosomal dominant cortical tremor, myoclonus, and epilepsy (adcme): probable first family from india."
        + " Annals of Indian Academy of Neurology, 17, 433–436.");
  }

  @Test
  void search_api_citation_hits_carry_the_reference_too() throws Exception {
    JsonNode body = server.get("/api/search?q=hirayama&type=citation").tree();
    assertThat(body.get("hits").get(0).get("reference").asText()).isEqualTo(
        "Park JS, Park SP, Seo JG. Hirayama disease with juvenile myoclonic epilepsy: a case report."
            + " Ann Indian Acad Neurol. 2014;17:358–60.");
  }
}
