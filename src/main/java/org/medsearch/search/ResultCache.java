package org.medsearch.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last answers of one index generation, by request: popular queries, the second page a reader
 * comes back from and the search box asking again answer without searching. A new generation
 * opens a new engine and with it an empty cache, so no answer outlives the index it came from.
 * Bounded by entries (least recently used goes first); {@code -Dmedsearch.result-cache=N} sets
 * the bound, 0 turns it off.
 */
final class ResultCache {
  static final int DEFAULT_ENTRIES = 1_000;

  private final int entries;
  private final Map<SearchRequest, SearchResult> answers;

  ResultCache(int entries) {
    this.entries = entries;
    this.answers = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
        return size() > ResultCache.this.entries;
      }
    };
  }

  static ResultCache fromSystemProperties() {
    return new ResultCache(Integer.getInteger("medsearch.result-cache", DEFAULT_ENTRIES));
  }

  /** The cached answer, its {@code took_ms} now what finding it took; null when there is none. */
  SearchResult get(SearchRequest request, long startNanos) {
    if (entries <= 0) {
      return null;
    }
    SearchResult r;
    synchronized (answers) {
      r = answers.get(request);
    }
    return r == null ? null : new SearchResult(r.query(), r.total(), r.page(), r.size(),
        (System.nanoTime() - startNanos) / 1_000_000, r.hits(), r.facets(), r.didYouMean());
  }

  void put(SearchRequest request, SearchResult result) {
    if (entries > 0) {
      synchronized (answers) {
        answers.put(request, result);
      }
    }
  }
}
