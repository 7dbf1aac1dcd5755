package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.app.Json;
import org.medsearch.bench.LiveQa;

/**
 * Scoring part by part finds what the nested query finds: the same records in the same order,
 * the same totals, facet counts, snippets and corrections, and scores equal but for the order
 * in which the same floats were added. On MedQuAD with the LiveQA questions as typed (subjects,
 * messages, paraphrases: common words, topic mentions, question types, synonyms and joined
 * words all occur), and on the shipped corpus.
 */
class DenseScoringTest {
  @TempDir static Path work;
  static SearchEngine medquadDense;
  static SearchEngine medquadNested;
  static SearchEngine shippedDense;
  static SearchEngine shippedNested;
  /** Rescoring the best hits with its Lucene query, not from the term cache and heading table. */
  static SearchEngine medquadLuceneRescoring;

  private static SearchEngine open(Path index, boolean dense) throws Exception {
    return TestIndexes.open(index, Map.of("medsearch.dense-scoring", String.valueOf(dense)));
  }

  @BeforeAll
  static void build() throws Exception {
    Path medquad = TestIndexes.medquad(work);
    medquadDense = open(medquad, true);
    medquadNested = open(medquad, false);
    medquadLuceneRescoring = TestIndexes.open(medquad, Map.of("medsearch.proximity-pairs", "false"));
    Path shipped = TestIndexes.shipped(work);
    shippedDense = open(shipped, true);
    shippedNested = open(shipped, false);
  }

  @AfterAll
  static void close() throws Exception {
    for (SearchEngine e : List.of(medquadDense, medquadNested, shippedDense, shippedNested, medquadLuceneRescoring)) {
      e.close();
    }
  }

  private static void assertSameAnswers(SearchEngine dense, SearchEngine nested, SearchRequest request) {
    SearchResult b;
    try {
      b = nested.search(request);
    } catch (BadRequestException tooLong) {
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> dense.search(request)))
          .isInstanceOf(BadRequestException.class).hasMessage(tooLong.getMessage());
      return;
    }
    SearchResult a = dense.search(request);
    assertThat(a.total()).as("total for %s", request).isEqualTo(b.total());
    assertThat(a.facets()).as("facets for %s", request).isEqualTo(b.facets());
    assertThat(a.didYouMean()).isEqualTo(b.didYouMean());
    assertThat(a.hits()).as("hits for %s", request).hasSameSizeAs(b.hits());
    for (int i = 0; i < b.hits().size(); i++) {
      Hit x = a.hits().get(i);
      Hit y = b.hits().get(i);
      assertThat(x.id()).as("hit %d for %s", i, request).isEqualTo(y.id());
      assertThat(x.snippet()).isEqualTo(y.snippet());
      assertThat(x.score()).as("score of %s for %s", y.id(), request).isCloseTo(y.score(), within(y.score() * 1e-5f));
    }
  }

  @Test
  void liveqa_questions_find_the_same_records_in_the_same_order_on_medquad() throws Exception {
    List<String> queries = liveQaQueries();
    for (String q : queries) {
      assertSameAnswers(medquadDense, medquadNested, SearchRequest.of(q));
    }
    for (String q : queries.subList(0, 40)) {
      assertSameAnswers(medquadDense, medquadNested, new SearchRequest(q, Set.of(), Set.of(), null, 3, 25));
    }
  }

  @Test
  void rescoring_from_the_term_cache_and_the_heading_table_ranks_as_its_lucene_query() throws Exception {
    // Proximity pairs and the kinds of answer the words point at ("contagious", "surgery").
    List<String> queries = liveQaQueries();
    queries.addAll(List.of("is hepatitis a contagious", "is surgery an option for sleep apnea", "vaccine for shingles"));
    for (String q : queries) {
      assertSameAnswers(medquadDense, medquadLuceneRescoring, new SearchRequest(q, Set.of("section"), Set.of(), null, 1, 20));
    }
  }

  private static List<String> liveQaQueries() throws Exception {
    List<String> queries = new ArrayList<>();
    for (LiveQa.Question q : LiveQa.questions(Json.mapper())) {
      queries.add((q.subject() == null ? "" : q.subject() + " ") + q.message());
      if (q.paraphrase() != null && !q.paraphrase().isBlank()) {
        queries.add(q.paraphrase());
      }
      queries.add(String.join(" ", q.foci()));
    }
    queries.addAll(List.of("myoclonus", "heart burn", "rib cage pain", "singultus", "\"sleep apnea\" treatment",
        "cancer -lung", "+diabetes +insulin", "what are the symptoms of diabetes", "the"));
    assertThat(queries).hasSizeGreaterThan(250);
    return queries;
  }

  @Test
  void shipped_corpus_searches_find_the_same() {
    for (String q : List.of("myoclonus", "epilepsy treatment", "jerks", "myoclonis", "lance adams syndrome",
        "hiccups causes", "levetiracetam OR valproate")) {
      assertSameAnswers(shippedDense, shippedNested, SearchRequest.of(q));
      assertSameAnswers(shippedDense, shippedNested, new SearchRequest(q, Set.of(), Set.of(), null, 1, 100));
    }
  }
}
