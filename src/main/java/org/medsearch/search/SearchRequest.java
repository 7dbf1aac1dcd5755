package org.medsearch.search;

import java.util.List;
import java.util.Set;
import org.medsearch.model.Tier;

/**
 * A search as asked: the query text, filters (OR within one, AND across) and the page.
 * Checked on construction so that every engine sees only sane requests.
 */
public record SearchRequest(String q, Set<String> types, Set<Tier> tiers, String topic, int page, int size) {
  public static final int MAX_SIZE = 100;
  /** Deep paging costs memory on every request; nobody reads past result 1,000 of a site search. */
  public static final int MAX_DEPTH = 1_000;
  public static final List<String> TYPES = List.of("topic", "section", "resource", "citation");

  public SearchRequest {
    q = q == null ? "" : q.strip();
    types = types == null ? Set.of() : Set.copyOf(types);
    tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
    topic = topic == null || topic.isBlank() ? null : topic.strip();
    for (String t : types) {
      if (!TYPES.contains(t)) {
        throw new BadRequestException("unknown type '" + t + "': use one of " + String.join(", ", TYPES));
      }
    }
    if (page < 1) {
      throw new BadRequestException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new BadRequestException("page " + page + " of size " + size + " goes past result " + MAX_DEPTH
          + ": refine the query or use the filters instead");
    }
  }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, Set.of(), Set.of(), null, 1, 10);
  }
}
