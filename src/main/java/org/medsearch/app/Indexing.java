package org.medsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.medsearch.index.IndexBuilder;
import org.medsearch.index.IndexStore;
import org.medsearch.ingest.Corpus;
import org.medsearch.ingest.CorpusReader;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

/** Builds an index generation from a corpus folder and publishes it. */
public final class Indexing {
  private final ObjectMapper json;

  public Indexing(ObjectMapper json) {
    this.json = json;
  }

  public Report run(Path corpusDir, Path indexDir) throws IOException {
    long start = System.nanoTime();
    Corpus corpus = new CorpusReader(json).read(corpusDir);
    IndexStore store = new IndexStore(indexDir);
    Map<Tier, Integer> resources = new EnumMap<>(Tier.class);
    int sections = 0;
    int citations = 0;
    long records;
    try (IndexBuilder builder = new IndexBuilder(store, json)) {
      for (Topic t : corpus.topics()) {
        builder.add(t);
        sections += t.sections().size();
        citations += t.citations().size();
        for (Resource r : t.resources()) {
          resources.merge(r.tier(), 1, Integer::sum);
        }
      }
      records = builder.records();
      builder.publish();
    }
    return new Report(corpus, sections, resources, citations, records,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** What a build read and wrote. */
  public record Report(Corpus corpus, int sections, Map<Tier, Integer> resources, int citations, long records,
      Duration took) {}
}
