package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A curated link to an outside page: its tier, the page title and the publisher ({@code source}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resource(Tier tier, String title, String source, String url) {
  public Resource {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
  }
}
