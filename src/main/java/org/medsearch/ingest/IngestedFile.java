package org.medsearch.ingest;

import java.util.List;
import java.util.Objects;
import org.medsearch.model.Citation;
import org.medsearch.model.Problem;
import org.medsearch.model.Topic;

/**
 * What one corpus file gave: its topics, or the citations it attaches to the topic
 * {@code citationTopic}, and every problem found in it (already named by file). {@code hash} is
 * the SHA-256 of its bytes, so a later build can tell whether the file changed; null when the
 * file could not be read.
 */
public record IngestedFile(String name, String hash, List<Topic> topics, String citationTopic,
    List<Citation> citations, List<Problem> problems) {
  public IngestedFile {
    Objects.requireNonNull(name, "name");
    topics = topics == null ? List.of() : List.copyOf(topics);
    citations = citations == null ? List.of() : List.copyOf(citations);
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** Records this file adds to the index: per topic the topic itself, its sections, resources and citations. */
  public long records() {
    long n = citations.size();
    for (Topic t : topics) {
      n += 1 + t.sections().size() + t.resources().size() + t.citations().size();
    }
    return n;
  }
}
