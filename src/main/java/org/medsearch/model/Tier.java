package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The levels in which a topic page groups its outside resources; citations are {@link #RESEARCH}. */
public enum Tier {
  BASIC,
  ADVANCED,
  RESEARCH,
  OTHER,
  SUPPORT,
  VIDEO,
  PRESENTATION;

  /** The lower-case name used in the topic format, the index and the HTTP API. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Tier> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id().equals(wanted)).findFirst();
  }

  @JsonCreator
  public static Tier of(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown tier '" + id + "': use one of " + allIds()));
  }

  public static String allIds() {
    return Arrays.stream(values()).map(Tier::id).collect(Collectors.joining(", "));
  }
}
