package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.model.Tier;

/**
 * Counting tiers and types from the per-record table gives what Lucene's facet counting gives:
 * the same hits, totals and counts, in the same order, on MedQuAD and on the shipped corpus.
 */
class FacetTableTest {
  @TempDir static Path work;
  static SearchEngine medquadTable;
  static SearchEngine medquadLucene;
  static SearchEngine shippedTable;
  static SearchEngine shippedLucene;

  private static SearchEngine open(Path index, boolean table) throws Exception {
    // both score with the nested query, so that the scores compared are the same to the bit
    return TestIndexes.open(index, Map.of("medsearch.facet-table", String.valueOf(table),
        "medsearch.dense-scoring", "false"));
  }

  @BeforeAll
  static void build() throws Exception {
    Path medquad = TestIndexes.medquad(work);
    medquadTable = open(medquad, true);
    medquadLucene = open(medquad, false);
    Path shipped = TestIndexes.shipped(work);
    shippedTable = open(shipped, true);
    shippedLucene = open(shipped, false);
  }

  @AfterAll
  static void close() throws Exception {
    for (SearchEngine e : List.of(medquadTable, medquadLucene, shippedTable, shippedLucene)) {
      e.close();
    }
  }

  private static void assertSameAnswers(SearchEngine table, SearchEngine lucene, SearchRequest request) {
    SearchResult a = table.search(request);
    SearchResult b = lucene.search(request);
    assertThat(a.total()).as("total for %s", request).isEqualTo(b.total());
    assertThat(a.hits()).as("hits for %s", request).isEqualTo(b.hits());
    assertThat(a.facets().keySet()).containsExactlyElementsOf(b.facets().keySet());
    for (String dim : b.facets().keySet()) {
      List<Map.Entry<String, Long>> expected = new ArrayList<>(b.facets().get(dim).entrySet());
      assertThat(new ArrayList<>(a.facets().get(dim).entrySet())).as("%s counts for %s", dim, request)
          .containsExactlyElementsOf(expected);
    }
  }

  private static final List<String> QUERIES = List.of("myoclonus", "what are the symptoms of diabetes",
      "heart attack prevention", "side effects", "zolmitriptan dosage", "treatment", "jerks when falling asleep",
      "genetic changes related to polycystic kidney disease", "", "the", "cancer OR tumor", "\"sleep apnea\"");

  @Test
  void medquad_searches_count_the_same() {
    for (String q : QUERIES) {
      assertSameAnswers(medquadTable, medquadLucene, SearchRequest.of(q));
      assertSameAnswers(medquadTable, medquadLucene, new SearchRequest(q, Set.of(), Set.of(), null, 3, 25));
    }
  }

  @Test
  void shipped_corpus_searches_count_the_same_with_and_without_filters() {
    for (String q : List.of("myoclonus", "epilepsy treatment", "jerks", "", "lance adams syndrome")) {
      assertSameAnswers(shippedTable, shippedLucene, SearchRequest.of(q));
      assertSameAnswers(shippedTable, shippedLucene, new SearchRequest(q, Set.of(), Set.of(), "myoclonus", 1, 100));
      // with a filter both use drill sideways: the other dimension's counts stay as they were
      assertSameAnswers(shippedTable, shippedLucene, new SearchRequest(q, Set.of("resource"), Set.of(Tier.BASIC), null, 1, 10));
    }
    SearchResult all = shippedTable.search(SearchRequest.of(""));
    assertThat(all.facets().get("tier")).isNotEmpty();
    assertThat(all.facets().get("type")).containsKeys("topic", "resource", "citation");
  }
}
