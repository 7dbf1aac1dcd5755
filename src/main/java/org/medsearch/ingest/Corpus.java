package org.medsearch.ingest;

import java.util.List;
import org.medsearch.model.Problem;
import org.medsearch.model.Topic;

/** What ingestion made of a corpus folder: the topics, every problem by file, and how many files were read. */
public record Corpus(List<Topic> topics, List<Problem> problems, int files) {
  public Corpus {
    topics = List.copyOf(topics);
    problems = List.copyOf(problems);
  }

  public long errors() {
    return problems.stream().filter(p -> p.level() == Problem.Level.ERROR).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }
}
