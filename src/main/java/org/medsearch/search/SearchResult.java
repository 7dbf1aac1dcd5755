package org.medsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A page of hits with facet counts over the whole result set, before paging. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResult(String query, long total, int page, int size,
    @JsonProperty("took_ms") long tookMs, List<Hit> hits, Map<String, Map<String, Long>> facets,
    @JsonProperty("did_you_mean") String didYouMean) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
