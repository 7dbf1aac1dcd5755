package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One topic page: its text in sections, its curated resources by tier and its research
 * citations. The same value flows from ingestion to the index, the API and the CLI.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(
    String id,
    String title,
    List<String> aliases,
    String url,
    String source,
    String reviewed,
    List<Section> sections,
    List<Resource> resources,
    List<Citation> citations) {

  public Topic {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (id == null || id.isBlank()) {
      id = Slugs.slug(title);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    sections = sections == null ? List.of() : List.copyOf(sections);
    resources = resources == null ? List.of() : List.copyOf(resources);
    citations = citations == null ? List.of() : List.copyOf(citations);
  }

  public Topic withId(String newId) {
    return new Topic(newId, title, aliases, url, source, reviewed, sections, resources, citations);
  }

  public Topic withCitations(List<Citation> more) {
    return new Topic(id, title, aliases, url, source, reviewed, sections, resources, more);
  }
}
