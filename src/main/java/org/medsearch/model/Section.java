package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/** A passage of topic text: one paragraph of a page, or one question and answer of a structured topic. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String id, String heading, String text) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }
}
