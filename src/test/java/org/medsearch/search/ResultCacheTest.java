package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCacheTest {
  private static SearchResult result(String q) {
    return new SearchResult(q, 1, 1, 10, 5, List.of(), Map.of(), null);
  }

  @Test
  void an_answer_comes_back_for_the_same_request_with_the_time_finding_it_took() {
    ResultCache cache = new ResultCache(10);
    cache.put(SearchRequest.of("myoclonus"), result("myoclonus"));
    SearchResult again = cache.get(SearchRequest.of("myoclonus"), System.nanoTime());
    assertThat(again.query()).isEqualTo("myoclonus");
    assertThat(again.tookMs()).isZero();
    assertThat(cache.get(SearchRequest.of("hiccups"), System.nanoTime())).isNull();
  }

  @Test
  void the_least_recently_used_answer_goes_first() {
    ResultCache cache = new ResultCache(2);
    cache.put(SearchRequest.of("a"), result("a"));
    cache.put(SearchRequest.of("b"), result("b"));
    cache.get(SearchRequest.of("a"), System.nanoTime());
    cache.put(SearchRequest.of("c"), result("c"));
    assertThat(cache.get(SearchRequest.of("a"), System.nanoTime())).isNotNull();
    assertThat(cache.get(SearchRequest.of("b"), System.nanoTime())).isNull();
    assertThat(cache.get(SearchRequest.of("c"), System.nanoTime())).isNotNull();
  }

  @Test
  void a_bound_of_zero_keeps_nothing() {
    ResultCache cache = new ResultCache(0);
    cache.put(SearchRequest.of("a"), result("a"));
    assertThat(cache.get(SearchRequest.of("a"), System.nanoTime())).isNull();
  }
}
