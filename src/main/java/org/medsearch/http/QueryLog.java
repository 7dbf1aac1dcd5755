package org.medsearch.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;

/**
 * What editors learn from the search box, without personal data: how many queries and
 * zero-result queries, and the most frequent normalised queries. Nothing about who asked is
 * kept (no address, agent, cookie or time of a query), and a query is listed only once
 * {@value #MIN_SHOWN} searches have used it, so a one-off query (where a name or an e-mail
 * address would turn up) is never shown. Memory is bounded: past {@value #MAX_TRACKED} distinct
 * queries the least frequent quarter is forgotten, so the top lists are approximate on a busy
 * site while the totals stay exact.
 */
public final class QueryLog {
  static final int MAX_TRACKED = 10_000;
  static final int TOP = 20;
  static final int MIN_SHOWN = 2;
  static final int MAX_QUERY_CHARS = 200;

  private final Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final LongAdder queries = new LongAdder();
  private final LongAdder zeroResults = new LongAdder();
  private final Map<String, long[]> byQuery = new HashMap<>();

  /** Counts one search; {@code total} is its number of hits. Blank queries are not counted. */
  public void record(String q, long total) {
    String key = normalise(q);
    if (key.isEmpty()) {
      return;
    }
    queries.increment();
    if (total == 0) {
      zeroResults.increment();
    }
    synchronized (byQuery) {
      long[] c = byQuery.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      if (total == 0) {
        c[1]++;
      }
      if (byQuery.size() > MAX_TRACKED) {
        forgetLeastFrequent();
      }
    }
  }

  /** "  Hiccups   IN babies " and "hiccups in babies" are one query. */
  static String normalise(String q) {
    if (q == null) {
      return "";
    }
    String s = q.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return s.length() > MAX_QUERY_CHARS ? s.substring(0, MAX_QUERY_CHARS) : s;
  }

  private void forgetLeastFrequent() {
    List<Map.Entry<String, long[]>> all = new ArrayList<>(byQuery.entrySet());
    all.sort(Comparator.comparingLong(e -> e.getValue()[0]));
    for (Map.Entry<String, long[]> e : all.subList(0, all.size() / 4)) {
      byQuery.remove(e.getKey());
    }
  }

  public Stats stats() {
    synchronized (byQuery) {
      return new Stats(since.toString(), queries.sum(), zeroResults.sum(), top(c -> c[0]), top(c -> c[1]));
    }
  }

  /** Most frequent first; equal counts in query order, so the list is stable. */
  private List<Entry> top(ToLongFunction<long[]> count) {
    return byQuery.entrySet().stream()
        .filter(e -> count.applyAsLong(e.getValue()) >= MIN_SHOWN)
        .map(e -> new Entry(e.getKey(), count.applyAsLong(e.getValue())))
        .sorted(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::query))
        .limit(TOP).toList();
  }

  /** The answer of {@code GET /api/admin/stats}. */
  public record Stats(String since, long queries, @JsonProperty("zero_result_queries") long zeroResultQueries,
      @JsonProperty("top_queries") List<Entry> topQueries,
      @JsonProperty("top_zero_result_queries") List<Entry> topZeroResultQueries) {}

  public record Entry(String query, long count) {}
}
