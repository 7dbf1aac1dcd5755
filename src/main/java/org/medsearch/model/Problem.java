package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Something ingestion found wrong or was unsure of. {@code file} is null until the ingest layer
 * knows which file it came from; {@code line} is 0 when there is no line to point at.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(Level level, String file, int line, String message) {
  public Problem {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public Problem inFile(String name) {
    return new Problem(level, name, line, message);
  }

  /** "corpus/a.txt:12: warning: text outside any block". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file).append(':');
      if (line > 0) {
        sb.append(line).append(':');
      }
      sb.append(' ');
    }
    return sb.append(level.id()).append(": ").append(message).toString();
  }

  public enum Level {
    /** Extracted, but something may be wrong; the record is still indexed. */
    WARNING,
    /** Nothing (or not all) could be extracted from the file. */
    ERROR;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
