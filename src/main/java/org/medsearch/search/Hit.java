package org.medsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.medsearch.model.Citation;

/**
 * One ranked record. {@code snippet} is HTML-safe: escaped text with {@code <mark>} around matches.
 * A citation also has its CSL item and its Vancouver {@code reference} (plain text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hit(String id, String type, String tier, TopicRef topic, String title, String url,
    String snippet, float score, Citation csl, String reference) {

  public record TopicRef(String id, String title) {}
}
