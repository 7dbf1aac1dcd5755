package org.medsearch.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time one search may take before it is stopped and answered with a 503, so that no query
 * keeps a client (or a server thread) waiting: 1 second by default, far above the few
 * milliseconds a search takes, changed with {@code -Dmedsearch.search-budget-ms=N}.
 *
 * <p>Lucene checks the deadline while it collects hits ({@link IndexSearcher#setTimeout}), on a
 * searcher of this request alone, since a searcher's time-out flag is shared by all its searches.
 */
final class SearchBudget {
  static final String PROPERTY = "medsearch.search-budget-ms";
  static final long DEFAULT_MS = 1_000;

  private final long millis;
  private final long deadline;
  private final QueryTimeout timeout;

  private SearchBudget(long millis) {
    this.millis = millis;
    this.deadline = System.nanoTime() + millis * 1_000_000L;
    this.timeout = () -> System.nanoTime() - deadline >= 0;
  }

  /** Starts the clock of one search. */
  static SearchBudget start() {
    return new SearchBudget(Math.max(0, Long.getLong(PROPERTY, DEFAULT_MS)));
  }

  /**
   * A searcher for this search that stops collecting at the deadline. With drill-down filters
   * ({@code filtered}) Lucene's drill-sideways scorer cannot be stopped part-way (it scores a
   * segment in one go), so such a search is only checked when it ends; filters make it narrower.
   */
  IndexSearcher searcher(IndexReader reader, boolean filtered) {
    IndexSearcher s = new IndexSearcher(reader);
    if (!filtered) {
      s.setTimeout(timeout);
    }
    return s;
  }

  /** The deadline, for work done outside Lucene's collection. */
  QueryTimeout timeout() {
    return timeout;
  }

  /** Fails the search when {@code searcher} stopped at the deadline or the deadline has passed. */
  void check(IndexSearcher searcher) {
    if (searcher.timedOut() || timeout.shouldExit()) {
      throw new SearchTimeoutException("the search took longer than its " + millis
          + " ms budget and was stopped: try again in a moment, or use fewer or more specific words");
    }
  }
}
