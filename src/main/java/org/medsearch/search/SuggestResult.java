package org.medsearch.search;

import java.util.List;

/** The answer of {@code /api/suggest}. */
public record SuggestResult(String query, List<Suggestion> suggestions) {
  public SuggestResult {
    suggestions = List.copyOf(suggestions);
  }
}
