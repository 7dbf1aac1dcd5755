package org.medsearch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medsearch.index.BuildLock;
import org.medsearch.index.IndexBuilder;
import org.medsearch.index.IndexStore;
import org.medsearch.ingest.ContentHash;
import org.medsearch.ingest.Corpus;
import org.medsearch.ingest.CorpusReader;
import org.medsearch.ingest.IngestedFile;
import org.medsearch.ingest.Manifest;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

/**
 * Builds an index generation from a corpus folder and publishes it, one build at a time per
 * index folder. Incremental by default: files whose content hash is unchanged since the served
 * generation are taken from its manifest, only topics that differ are rewritten, and the new
 * generation starts as a copy of the served one. Either way the result is the index a full
 * build would make; it is checked before it is served.
 */
public final class Indexing {
  private final ObjectMapper json;
  private final CorpusReader reader;

  public Indexing(ObjectMapper json) {
    this.json = json;
    this.reader = new CorpusReader(json);
  }

  /**
   * How to build. {@code pauseAfterTopics} is a test hook (environment variable
   * {@code MEDSEARCH_TEST_PAUSE_AFTER_TOPICS}): the build stops for good after writing that many
   * topics, so a test can kill it halfway; 0 means never.
   */
  public record Options(boolean full, Progress progress, int pauseAfterTopics) {
    public static final Options DEFAULT = new Options(false, Progress.NONE, 0);

    public Options {
      progress = progress == null ? Progress.NONE : progress;
      if (pauseAfterTopics < 0) {
        throw new IllegalArgumentException("pauseAfterTopics must be >= 0, was " + pauseAfterTopics);
      }
    }
  }

  public Report run(Path corpusDir, Path indexDir) throws IOException {
    return run(corpusDir, indexDir, Options.DEFAULT);
  }

  @SuppressWarnings("try") // the lock is held, not used, for the whole block
  public Report run(Path corpusDir, Path indexDir, Options options) throws IOException {
    long start = System.nanoTime();
    List<Path> files = reader.files(corpusDir);
    IndexStore store = new IndexStore(indexDir);
    try (BuildLock lock = BuildLock.acquire(store)) {
      List<String> recovered = names(store.recover());
      Optional<Path> served = store.current();
      Optional<Manifest> previous = options.full() ? Optional.empty() : served.flatMap(g -> Manifest.read(g, json));
      Map<String, IngestedFile> cache = previous.map(Manifest::byName).orElse(Map.of());

      Progress progress = options.progress();
      progress.start("reading", files.size(), "files");
      List<IngestedFile> ingested = new ArrayList<>(files.size());
      int reread = 0;
      long records = 0;
      for (Path file : files) {
        IngestedFile known = cache.get(CorpusReader.name(corpusDir, file));
        IngestedFile f = known != null && known.hash() != null && known.hash().equals(hashOrNull(file))
            ? known : reader.readFile(corpusDir, file);
        if (f != known) {
          reread++;
        }
        ingested.add(f);
        records += f.records();
        progress.update(ingested.size(), records);
      }
      progress.end();
      Set<String> removed = new LinkedHashSet<>(cache.keySet());
      ingested.forEach(f -> removed.remove(f.name()));
      Corpus corpus = reader.assemble(ingested);
      if (corpus.topics().isEmpty()) {
        throw new EmptyCorpus(corpusDir, corpus);
      }

      Changes changes = previous.isPresent()
          ? Changes.between(reader.assemble(previous.get().files()).topics(), corpus.topics(), json)
          : Changes.everything(corpus.topics());
      if (previous.isPresent() && reread == 0 && removed.isEmpty()) {
        return report(corpus, "incremental", reread, removed.size(), changes, served.get(), false, recovered, start);
      }
      try (IndexBuilder builder = new IndexBuilder(store, json, previous.isPresent() ? served.get() : null)) {
        progress.start("writing", changes.write().size(), "topics");
        for (String id : changes.delete()) {
          builder.delete(id);
        }
        int written = 0;
        for (Topic t : changes.write()) {
          builder.add(t);
          progress.update(++written, builder.added());
          if (written == options.pauseAfterTopics()) {
            TestHook.pause(written);
          }
        }
        progress.end();
        Manifest.of(ingested).write(builder.generation(), json);
        Path generation = builder.commit();
        GenerationCheck.verify(generation, corpus.topics(), records(corpus.topics()), json);
        builder.publish();
        return report(corpus, previous.isPresent() ? "incremental" : "full", reread, removed.size(), changes,
            generation, true, recovered, start);
      }
    }
  }

  private Report report(Corpus corpus, String mode, int reread, int removed, Changes changes, Path generation,
      boolean published, List<String> recovered, long start) {
    Map<Tier, Integer> resources = new EnumMap<>(Tier.class);
    int sections = 0;
    int citations = 0;
    for (Topic t : corpus.topics()) {
      sections += t.sections().size();
      citations += t.citations().size();
      for (Resource r : t.resources()) {
        resources.merge(r.tier(), 1, Integer::sum);
      }
    }
    return new Report(corpus, sections, resources, citations, records(corpus.topics()),
        Duration.ofNanos(System.nanoTime() - start),
        new Build(mode, reread, corpus.files() - reread, removed,
            published ? changes.write().size() : 0, published ? changes.delete().size() : 0,
            generation.getFileName().toString(), published, recovered));
  }

  /** Records a topic makes in the index: itself, its sections, resources and citations. */
  static long records(List<Topic> topics) {
    long n = 0;
    for (Topic t : topics) {
      n += 1 + t.sections().size() + t.resources().size() + t.citations().size();
    }
    return n;
  }

  private static String hashOrNull(Path file) {
    try {
      return ContentHash.of(file);
    } catch (IOException e) {
      return null; // read again, and the reader reports why it cannot be read
    }
  }

  private static List<String> names(List<Path> paths) {
    return paths.stream().map(p -> p.getFileName().toString()).toList();
  }

  /**
   * Topics to delete from and write to a copy of the served generation. A topic whose content
   * (as JSON) is the same in both corpora keeps its records; any other is deleted by its id and
   * written anew. Example: editing b.txt (topic "b") and removing c.txt (topic "c") gives
   * delete [b, c], write [b].
   */
  record Changes(List<String> delete, List<Topic> write) {
    static Changes everything(List<Topic> topics) {
      return new Changes(List.of(), topics);
    }

    static Changes between(List<Topic> before, List<Topic> after, ObjectMapper json) {
      Map<String, String> old = new HashMap<>();
      before.forEach(t -> old.put(t.id(), write(t, json)));
      Set<String> now = new LinkedHashSet<>();
      List<String> delete = new ArrayList<>();
      List<Topic> write = new ArrayList<>();
      for (Topic t : after) {
        now.add(t.id());
        String was = old.get(t.id());
        if (was == null || !was.equals(write(t, json))) {
          if (was != null) {
            delete.add(t.id());
          }
          write.add(t);
        }
      }
      old.keySet().stream().filter(id -> !now.contains(id)).sorted().forEach(delete::add);
      return new Changes(delete, write);
    }

    private static String write(Topic t, ObjectMapper json) {
      try {
        return json.writeValueAsString(t);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write topic " + t.id() + " as JSON", e);
      }
    }
  }

  /** What a build read and wrote. */
  public record Report(Corpus corpus, int sections, Map<Tier, Integer> resources, int citations, long records,
      Duration took, Build build) {}

  /**
   * How the build went: files read again and taken unchanged from the last build, files removed
   * since, topics written and deleted, the generation now served (unchanged when nothing changed)
   * and unfinished generations of a crashed build that were cleared first.
   */
  public record Build(String mode, int filesRead, int filesUnchanged, int filesRemoved, int topicsWritten,
      int topicsDeleted, String generation, boolean published, List<String> recovered) {}

  /** The corpus gave no topic: publishing would empty the live search, so nothing is published. */
  public static final class EmptyCorpus extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Corpus corpus;

    EmptyCorpus(Path dir, Corpus corpus) {
      super("no topic found in " + dir + " (" + corpus.files() + " files, " + corpus.errors()
          + " errors): nothing was published and the served index is unchanged; fix the problems listed above");
      this.corpus = corpus;
    }

    public Corpus corpus() {
      return corpus;
    }
  }

  /** The documented test hook: stops the build where it is, as a slow build would be when killed. */
  private static final class TestHook {
    static void pause(int topics) {
      System.out.println("test hook: paused after writing " + topics + " topics");
      System.out.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
