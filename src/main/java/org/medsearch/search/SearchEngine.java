package org.medsearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.medsearch.cite.ExportFormat;
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

  /** Citation search: one hit per work, facets by year and journal. */
  CitationResult citations(CitationRequest request);

  /**
   * Writes every work matching {@code request} (paging ignored) to {@code out} in {@code format},
   * streamed one record at a time; returns how many. A bad request fails before anything is written.
   */
  long exportCitations(CitationRequest request, ExportFormat format, OutputStream out) throws IOException;

  /** Number of records (topics, sections, resources, citations) being served. */
  long documentCount();
}
