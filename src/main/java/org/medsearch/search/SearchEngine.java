package org.medsearch.search;

import java.io.Closeable;
import java.util.Optional;
import org.medsearch.model.Topic;

/**
 * What the HTTP layer and the CLI need from a search backend. Lucene in one process today; a
 * distributed engine can stand behind the same interface.
 */
public interface SearchEngine extends Closeable {

  SearchResult search(SearchRequest request);

  /** Completions for what the user has typed so far; at most {@code size}. */
  SuggestResult suggest(String prefix, int size);

  Optional<Topic> topic(String id);

  /** Number of records (topics, sections, resources, citations) being served. */
  long documentCount();
}
