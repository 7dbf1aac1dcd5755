package org.medsearch.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A page of works, with the total and facet counts ({@code year}, {@code journal}) over all matching works. */
public record CitationResult(String query, long total, int page, int size, String sort,
    @JsonProperty("took_ms") long tookMs, List<CitationHit> hits, Map<String, Map<String, Long>> facets) {

  public CitationResult {
    hits = List.copyOf(hits);
  }
}
