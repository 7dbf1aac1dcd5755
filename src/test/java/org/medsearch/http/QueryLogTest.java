package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLogTest {
  @Test
  void queries_differing_in_case_and_spaces_count_as_one() {
    assertThat(QueryLog.normalise("  Hiccups   IN\tbabies ")).isEqualTo("hiccups in babies");
  }

  @Test
  void blank_queries_are_not_counted() {
    QueryLog log = new QueryLog();
    log.record("   ", 0);
    log.record(null, 0);
    assertThat(log.stats().queries()).isZero();
  }

  @Test
  void memory_stays_bounded_while_totals_stay_exact() {
    QueryLog log = new QueryLog();
    log.record("hiccups", 2);
    log.record("hiccups", 2);
    for (int i = 0; i < QueryLog.MAX_TRACKED * 2; i++) {
      log.record("query " + i, 0);
    }
    QueryLog.Stats s = log.stats();
    assertThat(s.queries()).isEqualTo(2L + QueryLog.MAX_TRACKED * 2);
    assertThat(s.zeroResultQueries()).isEqualTo(QueryLog.MAX_TRACKED * 2L);
    assertThat(s.topQueries()).containsExactly(new QueryLog.Entry("hiccups", 2));
    assertThat(s.topZeroResultQueries()).isEmpty();
  }

  @Test
  void top_lists_hold_at_most_twenty_by_count_then_query() {
    QueryLog log = new QueryLog();
    for (int i = 0; i < 30; i++) {
      for (int n = 0; n < 2 + i % 3; n++) {
        log.record(String.format("q%02d", i), 1);
      }
    }
    // q02, q05 ... q29 were searched 4 times, q01, q04 ... q28 3 times, the others twice.
    var top = log.stats().topQueries();
    assertThat(top).hasSize(QueryLog.TOP);
    assertThat(top.get(0)).isEqualTo(new QueryLog.Entry("q02", 4));
    assertThat(top.get(QueryLog.TOP - 1)).isEqualTo(new QueryLog.Entry("q28", 3));
  }
}
