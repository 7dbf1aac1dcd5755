package org.medsearch.cite;

import java.util.List;
import java.util.Objects;
import org.medsearch.model.Citation;

/** One work to export: its CSL item and the ids of the topics that cite it (exported as keywords). */
public record ExportRecord(Citation citation, List<String> topics) {
  public ExportRecord {
    Objects.requireNonNull(citation, "citation");
    topics = topics == null ? List.of() : List.copyOf(topics);
  }
}
