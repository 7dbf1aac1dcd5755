package org.medsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.medsearch.model.Citation;

/**
 * One work in citation results: the fields of a search hit ({@code id} is the citation record
 * shown, {@code topic} its topic), every topic citing the work ({@code topics}, each with the
 * id of its citation record for a deep link), the Vancouver {@code reference}, and the reference
 * in other styles when asked ({@code cite_as}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitationHit(String id, String type, String tier, Hit.TopicRef topic, List<CitingTopic> topics,
    String work, String title, String url, String snippet, float score, Citation csl, String reference,
    @JsonProperty("cite_as") Map<String, String> citeAs) {

  public CitationHit {
    topics = List.copyOf(topics);
  }

  /** A topic citing the work, and its citation record ("myoclonus#c3"). */
  public record CitingTopic(String id, String title, String citation) {}
}
