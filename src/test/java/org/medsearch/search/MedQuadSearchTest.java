package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestServer;
import org.medsearch.app.Json;
import org.medsearch.bench.MedQuad;

/** Typo tolerance and suggestions on a large real corpus: the 6,168 MedQuAD topics from ../shared. */
class MedQuadSearchTest {
  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = MedQuad.writeCorpus(work.resolve("corpus"), Json.mapper());
    server = TestServer.start(corpus, work);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static JsonNode search(String q) throws Exception {
    return search(q, "topic");
  }

  private static JsonNode search(String q, String type) throws Exception {
    TestServer.Response r = server.get("/api/search?" + (type == null ? "" : "type=" + type + "&") + "q=" + TestServer.enc(q));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.tree();
  }

  @Test
  void a_swapped_pair_of_letters_still_finds_alzheimer_disease() throws Exception {
    JsonNode body = search("alzhiemer");
    assertThat(body.get("hits").get(0).get("title").asText()).containsIgnoringCase("alzheimer");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("alzheimer");
  }

  @Test
  void a_possessive_without_its_apostrophe_finds_parkinson_disease() throws Exception {
    assertThat(search("parkinsons").get("hits").get(0).get("title").asText()).containsIgnoringCase("parkinson");
  }

  @Test
  void a_procedure_is_not_matched_through_a_common_word_its_stem_resembles() throws Exception {
    // KStem reads "ablation" as "able" and "basal" as "base": hundreds of pages matched for "able to".
    for (String word : List.of("ablation", "basal")) {
      JsonNode body = server.get("/api/search?type=section&size=100&q=" + word).tree();
      assertThat(body.get("total").asLong()).as(word).isBetween(1L, 200L);
      for (JsonNode hit : body.get("hits")) {
        Matcher marked = Pattern.compile("<mark>([^<]*)</mark>").matcher(hit.get("snippet").asText());
        while (marked.find()) {
          assertThat(marked.group(1)).as(hit.toString()).startsWithIgnoringCase(word);
        }
      }
    }
  }

  @Test
  void a_unit_after_a_number_names_no_topic() throws Exception {
    // "MG" is an alias of myasthenia gravis; "5 mg" led with "Is myasthenia gravis inherited ?".
    JsonNode hits = search("5 mg of oxybutinin", "section").get("hits");
    assertThat(hits.get(0).get("topic").get("title").asText()).isEqualTo("Oxybutynin");
    hits.forEach(h -> assertThat(h.get("topic").get("title").asText()).doesNotContainIgnoringCase("myasthenia"));
  }

  @Test
  void an_alias_that_is_an_ordinary_word_of_the_text_names_no_topic() throws Exception {
    // "ALL" (acute lymphoblastic leukemia) and "ChILD" (children's interstitial lung disease).
    JsonNode hits = search("can all children get hepatitis", "section").get("hits");
    assertThat(hits.get(0).get("topic").get("title").asText()).containsIgnoringCase("hepatitis");
    hits.forEach(h -> assertThat(h.get("topic").get("title").asText()).doesNotContainIgnoringCase("leukemia")
        .doesNotContainIgnoringCase("interstitial lung"));
  }

  @Test
  void an_acronym_that_is_an_english_word_names_its_topic_only_in_capitals() throws Exception {
    // "CAR" is an alias of Carney complex, "MEN" of multiple endocrine neoplasia.
    search("car accident", "section").get("hits").forEach(h ->
        assertThat(h.get("topic").get("title").asText()).doesNotContainIgnoringCase("carney"));
    search("men over 50", "section").get("hits").forEach(h ->
        assertThat(h.get("topic").get("title").asText()).doesNotContainIgnoringCase("endocrine neoplasia"));
    assertThat(search("what is MEN", "section").get("hits").get(0).get("topic").get("title").asText())
        .containsIgnoringCase("endocrine neoplasia");
  }

  @Test
  void an_english_word_the_index_lacks_is_not_corrected_to_another() throws Exception {
    // "retired" was read as "required", "fellow" as "follow".
    assertThat(search("retired veteran", "section").has("did_you_mean")).isFalse();
    assertThat(search("fellow workers smoked", "section").has("did_you_mean")).isFalse();
    assertThat(search("alzhiemer").get("did_you_mean").asText()).isEqualTo("alzheimer");
  }

  @Test
  void an_english_word_the_index_lacks_is_corrected_when_the_query_finds_nothing_as_typed() throws Exception {
    // "tonsilitis" is in the English word list as a variant spelling; the pages say "tonsillitis".
    JsonNode body = search("tonsilitis", "section");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("tonsillitis");
    assertThat(body.get("total").asLong()).isPositive();
  }

  @Test
  void a_generic_word_of_a_name_does_not_make_it_the_stronger_subject() throws Exception {
    // "kidney disease" names its topic by one specific word, as "lupus" does: both subjects lead.
    JsonNode hits = search("can lupus cause kidney disease", "section").get("hits");
    List<String> top3 = List.of(hits.get(0).get("topic").get("title").asText(), hits.get(1).get("topic").get("title").asText(),
        hits.get(2).get("topic").get("title").asText());
    assertThat(top3).anyMatch(t -> t.equalsIgnoreCase("lupus")).anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("kidney"));
    // The whole query still is the name: the topic record leads.
    assertThat(search("kidney disease").get("hits").get(0).get("title").asText()).containsIgnoringCase("kidney disease");
    assertThat(search("celiac disease").get("hits").get(0).get("title").asText()).containsIgnoringCase("celiac disease");
  }

  @Test
  void a_one_letter_alias_names_no_topic() throws Exception {
    // "C" is an alias of Cocaine: "vitamin c" and "c-pap" named it.
    for (String q : List.of("vitamin c", "c-pap machine")) {
      search(q, "section").get("hits").forEach(h ->
          assertThat(h.get("topic").get("title").asText()).as(q).doesNotContainIgnoringCase("cocaine"));
    }
  }

  @Test
  void an_alias_that_analysis_leaves_one_common_word_of_names_no_topic() throws Exception {
    // "AS syndrome" and "THE syndrome" lose their first word as a stop word.
    JsonNode hits = search("syndrome", "section").get("hits");
    hits.forEach(h -> assertThat(h.get("topic").get("title").asText()).doesNotContainIgnoringCase("antisynthetase")
        .doesNotContainIgnoringCase("trichohepatoenteric"));
  }

  @Test
  void a_misspelled_drug_name_is_corrected() throws Exception {
    JsonNode body = search("zolmitriptin");
    assertThat(body.get("hits").get(0).get("title").asText()).isEqualTo("Zolmitriptan");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("zolmitriptan");
  }

  @Test
  void a_long_message_is_about_the_words_few_records_have() throws Exception {
    // The drug is in a handful of records, heart failure and blood pressure in hundreds: plain
    // BM25 lets the many everyday words of the message put Heart Failure second and third.
    JsonNode hits = search("My husband takes carvedilol every morning and his cardiologist has now added hydralazine "
        + "twice daily for his blood pressure and heart failure. Should we worry about the two drugs together, "
        + "he feels dizzy when standing", "section").get("hits");
    for (int i = 0; i < 3; i++) {
      assertThat(hits.get(i).get("topic").get("title").asText()).as("hit %d", i + 1).isEqualTo("Carvedilol");
    }
  }

  @Test
  void the_noun_of_a_kind_of_answer_asks_for_it_as_the_verb_does() throws Exception {
    // "inheritance" as "inherited": the section headed "Is Hemochromatosis inherited?" leads, not the symptoms.
    JsonNode first = search("hemochromatosis inheritance", "section").get("hits").get(0);
    assertThat(first.get("title").asText()).containsIgnoringCase("inherited");
  }

  @Test
  void a_quoted_phrase_with_a_stop_word_matches_the_text() throws Exception {
    // "of" is not indexed but leaves its place: the phrase's words are two positions apart, as in the text.
    JsonNode body = search("\"quality of life\"", "section");
    assertThat(body.get("total").asLong()).isPositive();
    assertThat(search("\"sprains and strains\"", "section").get("hits").get(0).get("topic").get("title").asText())
        .isEqualTo("Sprains and Strains");
  }

  @Test
  void a_dose_typed_onto_a_drug_name_is_taken_apart() throws Exception {
    JsonNode body = search("zolmitriptn5mg");
    assertThat(body.get("hits").get(0).get("title").asText()).isEqualTo("Zolmitriptan");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("zolmitriptan 5 mg");
    // A term the index has with its digits stays whole.
    assertThat(search("b12").has("did_you_mean")).isFalse();
    assertThat(search("b12", "section").get("hits").get(0).get("topic").get("title").asText()).containsIgnoringCase("b12");
  }

  @Test
  void a_name_written_with_the_noun_names_the_topic_written_with_the_adjective() throws Exception {
    // The topic is "Streptococcal Infections"; the query says "streptococcus".
    for (String q : List.of("streptococcus infection", "how is a streptococcus infection treated")) {
      JsonNode first = search(q, "section").get("hits").get(0);
      assertThat(first.get("topic").get("title").asText()).as(q).isEqualTo("Streptococcal Infections");
    }
  }

  @Test
  void an_inverted_name_is_also_read_in_reading_order() throws Exception {
    // MedlinePlus writes names head first: "Brain tumor - children", "Urinary tract infection - catheter associated".
    assertThat(search("children brain tumor", "section").get("hits").get(0).get("topic").get("title").asText())
        .isEqualTo("Brain tumor - children");
    assertThat(search("catheter associated urinary tract infection", "section").get("hits").get(0).get("topic")
        .get("title").asText()).isEqualTo("Catheter-related UTI");
  }

  @Test
  void a_drug_names_its_page_that_adds_the_form_to_the_name() throws Exception {
    // The page is "Methylprednisolone Oral"; "side effects" alone named Drug Reactions first.
    JsonNode first = search("side effects of methylprednisolone", "section").get("hits").get(0);
    assertThat(first.get("topic").get("title").asText()).isEqualTo("Methylprednisolone Oral");
    assertThat(first.get("title").asText()).contains("side effects");
  }

  @Test
  void a_name_is_found_without_the_parenthesis_its_title_ends_with() throws Exception {
    // The topic is "Omsk Hemorrhagic Fever (OHF)"; the general Hemorrhagic Fevers led before.
    JsonNode first = search("omsk hemorrhagic fever", "section").get("hits").get(0);
    assertThat(first.get("topic").get("title").asText()).isEqualTo("Omsk Hemorrhagic Fever (OHF)");
  }

  @Test
  void a_lay_word_finds_the_topic_of_its_medical_term() throws Exception {
    // MedQuAD's own aliases do not say "bedsore": the project's lay-term list does.
    assertThat(search("bedsore").get("hits").get(0).get("title").asText()).isEqualTo("Pressure Sores");
  }

  @Test
  void a_lay_term_the_text_also_uses_names_the_topic_of_its_medical_term() throws Exception {
    // A few records say "lockjaw" in passing (vaccine pages); the query is about tetanus.
    JsonNode body = search("lockjaw", "section");
    assertThat(body.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Tetanus");
    // A query that is one listed phrase weighs its equivalents ("nosebleed") more: "bloody nose"
    // led with Potato nose, a page that says "nose" often.
    JsonNode nose = search("bloody nose", "section");
    assertThat(nose.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Nose Injuries and Disorders");
  }

  @Test
  void an_abbreviation_the_text_defines_finds_its_long_form() throws Exception {
    // "NPH" is an alias of nephronophthisis only; two pages' text define "normal pressure
    // hydrocephalus (NPH)", which the index reads as the corpus's own abbreviation layer.
    // Before, the five sections of nephronophthisis came first.
    List<String> topics = new ArrayList<>();
    search("nph", "section").get("hits").forEach(h -> topics.add(h.get("topic").get("title").asText()));
    assertThat(topics.subList(0, 5)).contains("Normal Pressure Hydrocephalus");
    assertThat(topics).contains("nephronophthisis");
  }

  @Test
  void an_organ_word_finds_the_topic_named_by_its_medical_adjective() throws Exception {
    // "lung" is "pulmonary" in the names; Lung Transplantation led before the list said so.
    assertThat(search("lung fibrosis").get("hits").get(0).get("title").asText()).isEqualTo("Pulmonary Fibrosis");
  }

  @Test
  void everyday_words_for_symptoms_find_their_topics() throws Exception {
    // Before the lay terms: "itchy skin" led with multiple endocrine neoplasia type 2A, "passing
    // out" with "Time out", "constipated" with urinary incontinence, "tummy ache" with cosmetic
    // surgery ("tummy tuck"), "out of breath" with breath odor, "stomach bug" with stomach cancer.
    Map<String, List<String>> expected = Map.of(
        "itchy skin", List.of("Itching"),
        "passing out", List.of("Fainting", "Syncope"),
        "constipated", List.of("Constipation"),
        "tummy ache", List.of("Abdominal pain", "Abdominal Pain"),
        "out of breath", List.of("Breathing difficulty"),
        "stomach bug", List.of("Gastroenteritis", "Viral Gastroenteritis"),
        "hardening of the arteries", List.of("Atherosclerosis"),
        // "yellow skin" led with oculocutaneous albinism, "dizzy spells" with cerebellar
        // hypoplasia, "bad back" with Bad Breath.
        "yellow skin", List.of("Jaundice"),
        "dizzy spells", List.of("Dizziness and Vertigo"),
        "bad back", List.of("Back Pain"));
    for (var e : expected.entrySet()) {
      String first = search(e.getKey(), "section").get("hits").get(0).get("topic").get("title").asText();
      assertThat(first).as(e.getKey()).isIn(e.getValue());
    }
  }

  @Test
  void a_brand_name_finds_its_generic_drug_and_not_the_other_way_round() throws Exception {
    assertThat(search("glucophage", "section").get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Metformin");
    // The generic name typed does not search its brands: the brand-names section does not lead.
    assertThat(search("amlodipine", "section").get("hits").get(0).get("title").asText()).doesNotContain("brand names");
    // A listed name is no misspelling: "covid" was corrected to "cvid" (common variable immunodeficiency).
    JsonNode covid = search("covid", "section");
    assertThat(covid.has("did_you_mean")).isFalse();
    assertThat(covid.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Coronavirus Infections");
  }

  @Test
  void a_misspelling_is_corrected_to_the_commoner_of_two_words_as_near() throws Exception {
    // "diabetics" and "diabetes" are both one edit away; Lucene's own ranking preferred the longer.
    assertThat(search("diabeties").get("did_you_mean").asText()).isEqualTo("diabetes");
  }

  @Test
  void a_misspelling_is_corrected_to_the_word_its_neighbour_goes_with() throws Exception {
    // "gather" and "gaucher" are both one edit from "gauher", and "gather" is in more records; the
    // text writes "gaucher disease", never "gather disease". The same for "while" and "whipple".
    JsonNode gaucher = search("gauher disease", "section");
    assertThat(gaucher.get("did_you_mean").asText()).isEqualTo("gaucher disease");
    assertThat(gaucher.get("hits").get(0).get("topic").get("title").asText()).containsIgnoringCase("Gaucher disease");
    JsonNode whipple = search("whiple disease", "section");
    assertThat(whipple.get("did_you_mean").asText()).isEqualTo("whipple disease");
    assertThat(whipple.get("hits").get(0).get("topic").get("title").asText()).containsIgnoringCase("Whipple disease");
    // Where the neighbours tell nothing, the commoner word as near stays the choice.
    assertThat(search("diabeties").get("did_you_mean").asText()).isEqualTo("diabetes");
  }

  @Test
  void a_misspelling_the_text_itself_has_once_is_corrected_and_still_finds_that_record() throws Exception {
    // One MedQuAD record writes "cardiomypathy"; hundreds write "cardiomyopathy".
    JsonNode typo = search("cardiomypathy", "section");
    assertThat(typo.get("did_you_mean").asText()).isEqualTo("cardiomyopathy");
    assertThat(typo.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Cardiomyopathy");
    assertThat(typo.get("total").asLong()).isGreaterThan(100);
    // A rare word one edit from a common one is searched as typed too: "forkhead" (the FOX genes'
    // "forkhead box") still leads with the record that has it, though "forehead" is offered.
    assertThat(search("forkhead", "section").get("hits").get(0).get("snippet").asText()).containsIgnoringCase("forkhead");
    // A short rare word is left alone: "retinol" is no misspelling of "retinal".
    assertThat(search("retinol", "section").has("did_you_mean")).isFalse();
  }

  @Test
  void a_misspelling_is_corrected_to_a_common_word_before_a_rare_misspelling_of_the_text() throws Exception {
    // The text has "symtoms" a few times: one edit from "syntoms", where "symptoms" is two.
    assertThat(search("syntoms of flu").get("did_you_mean").asText()).isEqualTo("symptoms of flu");
  }

  @Test
  void a_query_looks_for_a_bounded_number_of_corrections() throws Exception {
    // Sixteen look-ups a query: a message of a hundred unknown words would run Lucene's spelling
    // automata a hundred times. Words no other test corrects, so none is remembered already.
    List<String> typed = List.of("pnemonia", "ashtma", "migrane", "hemorroids", "epilepsey", "schizofrenia",
        "osteoperosis", "colestrol", "menopouse", "psorasis", "hepatitus", "shingels", "arthritus", "leukemea",
        "glaucomma", "bronchitus", "gastritus");
    assertThat(typed).hasSize(Spelling.LOOKUPS_PER_QUERY + 1);
    String meant = search(String.join(" ", typed), "section").get("did_you_mean").asText();
    assertThat(meant).startsWith("pneumonia asthma migraine").contains("bronchitis").endsWith(" gastritus");
    assertThat(search("gastritus").get("did_you_mean").asText()).isEqualTo("gastritis");
  }

  @Test
  void a_long_drug_name_three_letters_off_is_corrected() throws Exception {
    // Three edits: beyond Lucene's spelling automata, which stop at two.
    JsonNode body = search("cipprofloxin");
    assertThat(body.get("hits").get(0).get("title").asText()).isEqualTo("Ciprofloxacin");
    assertThat(body.get("did_you_mean").asText()).isEqualTo("ciprofloxacin");
    // A shorter word stays within two edits: "tabkets" is "tablets", never a word three edits off.
    assertThat(search("zolmitriptan tabkets").get("did_you_mean").asText()).isEqualTo("zolmitriptan tablets");
  }

  @Test
  void two_words_the_index_knows_as_one_find_that_topic() throws Exception {
    JsonNode body = search("rib cage pain");
    assertThat(body.get("hits").get(0).get("title").asText()).isEqualTo("Ribcage pain");
    assertThat(search("heart burn").get("hits").get(0).get("title").asText()).containsIgnoringCase("heartburn");
  }

  @Test
  void an_abbreviation_one_source_lists_names_the_same_topic_of_every_source() throws Exception {
    // Only MedlinePlus lists "DVT" as an alias of Deep Vein Thrombosis; the NHLBI topic of that
    // title has the treatments section.
    JsonNode dvt = search("dvt treatment", "section").get("hits").get(0);
    assertThat(dvt.get("title").asText()).startsWith("What are the treatments for");
    assertThat(dvt.get("topic").get("title").asText()).isEqualTo("Deep Vein Thrombosis");
    JsonNode amd = search("amd symptoms", "section").get("hits").get(0);
    assertThat(amd.get("title").asText()).startsWith("What are the symptoms of");
    assertThat(amd.get("topic").get("title").asText()).containsIgnoringCase("macular degeneration");
  }

  @Test
  void words_that_answer_rather_than_ask_find_the_kind_of_answer_they_go_with() throws Exception {
    // Neither "transmitted" nor "contagious" is a word that asks for causes (question-types.txt);
    // the index's causes sections have them far more often than its sections at large.
    for (String q : new String[] {"how is hepatitis A transmitted", "is hepatitis a contagious"}) {
      JsonNode first = search(q, "section").get("hits").get(0);
      assertThat(first.get("title").asText()).as(q).isEqualTo("What causes Hepatitis A ?");
    }
  }

  @Test
  void an_abbreviation_of_several_things_links_no_topics() throws Exception {
    // "PDD" is an alias of Persistent depressive disorder and of Camurati-Engelmann disease: typed,
    // it names both; the disorder's full name names the disorder only.
    assertThat(titles(search("persistent depressive disorder"), 5)).startsWith("Persistent depressive disorder")
        .doesNotContain("Camurati-Engelmann disease");
    assertThat(titles(search("pdd"), 2)).containsExactlyInAnyOrder("Persistent depressive disorder", "Camurati-Engelmann disease");
  }

  /** The titles of the first {@code n} hits (not of their topics). */
  private static java.util.List<String> titles(JsonNode body, int n) {
    java.util.List<String> out = new ArrayList<>();
    body.get("hits").forEach(h -> out.add(h.get("title").asText()));
    return out.subList(0, Math.min(n, out.size()));
  }

  @Test
  void a_common_word_adds_to_the_score_but_finds_nothing_on_its_own() throws Exception {
    assertThat(search("people", null).get("total").asLong()).isGreaterThan(5000);
    JsonNode both = search("zolmitriptan people", null);
    assertThat(both.get("total").asLong()).isEqualTo(search("zolmitriptan", null).get("total").asLong());
    assertThat(both.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Zolmitriptan");
  }

  @Test
  void a_common_word_that_names_a_topic_still_finds_that_topic() throws Exception {
    // "pain" is in more than a tenth of the records, and it is a topic's name
    JsonNode body = search("pain lifting", null);
    assertThat(body.get("total").asLong()).isGreaterThan(3000);
    assertThat(body.get("hits").findValuesAsText("title")).contains("Pain");
  }

  @Test
  void a_question_about_keeping_a_drug_finds_its_storage_section() throws Exception {
    assertThat(search("should glimepiride be kept in the fridge", "section").get("hits").get(0).get("title").asText())
        .isEqualTo("What should I know about storage and disposal of Glimepiride ?");
  }

  @Test
  void a_question_asks_about_the_topic_named_after_its_question_word() throws Exception {
    // The causes of glaucoma, not of diabetes.
    assertThat(search("can diabetes cause glaucoma", "section").get("hits").get(0).get("title").asText())
        .isEqualTo("What causes Glaucoma ?");
    // A name of three words does not outweigh the topic asked about.
    assertThat(search("can chronic kidney disease cause gout", "section").get("hits").get(0).get("title").asText())
        .isEqualTo("What causes Gout ?");
  }

  @Test
  void a_long_message_is_about_what_it_opens_with() throws Exception {
    // Kidney stones are named three times, but the message is about gout.
    JsonNode body = search("gout in my big toe again. My doctor also talked about kidney stones, and I read that kidney"
        + " stones and high uric acid go together with kidney stones in families", "section");
    assertThat(body.get("hits").get(0).get("topic").get("title").asText()).isEqualTo("Gout");
  }

  @Test
  void suggestions_complete_alzheimer_from_four_letters() throws Exception {
    JsonNode s = server.get("/api/suggest?q=alzh").tree().get("suggestions");
    assertThat(s.get(0).get("text").asText()).startsWithIgnoringCase("alzheimer");
  }

  @Test
  void suggestions_find_a_topic_by_the_middle_of_a_word() throws Exception {
    JsonNode s = server.get("/api/suggest?q=clonus&size=20").tree().get("suggestions");
    boolean found = false;
    for (JsonNode n : s) {
      found |= n.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("myoclonus");
    }
    assertThat(found).as(s.toString()).isTrue();
  }

  @Test
  void suggestions_rank_a_swap_before_words_two_edits_away_and_forgive_a_typo_in_an_earlier_word() throws Exception {
    // "lymphcoy" is one swap from "lymphocy(tic)" and two edits from "lymphoma", a shorter title.
    JsonNode swapped = server.get("/api/suggest?q=lymphcoy").tree().get("suggestions");
    assertThat(swapped.get(0).get("text").asText()).isEqualTo("Lymphocytic colitis");
    // "braim" starts no word; it is one edit from "brain".
    JsonNode earlier = server.get("/api/suggest?q=braim%20ab").tree().get("suggestions");
    assertThat(earlier.size()).isPositive();
    assertThat(earlier.get(0).get("text").asText()).isEqualTo("Brain abscess");
    JsonNode parkinson = server.get("/api/suggest?q=parkinsns%20dis").tree().get("suggestions");
    assertThat(parkinson.get(0).get("text").asText()).isEqualTo("Parkinson disease");
  }

  @Test
  void suggestions_complete_two_typed_words_that_start_one_word() throws Exception {
    // The pages say "Bedwetting" and "Heartburn"; people type the space.
    for (String[] typed : new String[][] {{"bed%20wet", "Bedwetting"}, {"heart%20bu", "Heartburn"}}) {
      JsonNode s = server.get("/api/suggest?q=" + typed[0]).tree().get("suggestions");
      assertThat(s.size()).as(typed[0]).isPositive();
      assertThat(s.get(0).get("text").asText()).as(typed[0]).isEqualTo(typed[1]);
    }
  }

  @Test
  void suggestions_complete_a_lay_word_to_the_topic_it_means() throws Exception {
    // No title or alias holds "tummy"; the lay-term list says "tummy ache" is abdominal pain.
    JsonNode first = server.get("/api/suggest?q=tummy").tree().get("suggestions").get(0);
    assertThat(first.get("text").asText()).isEqualTo("tummy ache");
    assertThat(first.get("topic").get("title").asText()).isEqualToIgnoringCase("Abdominal pain");
  }
}
