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

  Optional<Topic> topic(String id);

  /** Number of records (topics, sections, resources, citations) being served. */
  long documentCount();
}
