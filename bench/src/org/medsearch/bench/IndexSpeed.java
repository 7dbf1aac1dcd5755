package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Progress;
import org.medsearch.index.IndexStore;

/**
 * Indexing speed: full builds of a corpus folder (by default the MedQuAD topics written as one
 * JSONL file, not timed) into a fresh index, {@code --reps} times; prints records/s, topics/s,
 * wall time (reading, analysing, writing, the generation check and the publication) and the
 * size of the published generation. The last build is kept as {@code bench/out/medquad/index},
 * the index that {@code bench/load} serves.
 *
 * <pre>bash bench/run IndexSpeed [--reps 3] [--corpus DIR]</pre>
 */
public final class IndexSpeed {
  private static final Path WORK = Path.of("bench/out/medquad");

  public static void main(String[] args) throws Exception {
    int reps = 3;
    Path corpus = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + ": use --reps N, --corpus DIR");
      }
    }
    ObjectMapper json = Json.mapper();
    boolean medquad = corpus == null;
    if (medquad) {
      corpus = MedQuad.writeCorpus(WORK.resolve("corpus"), json);
    }
    System.out.println(Conditions.line("Indexing speed"));
    System.out.printf(Locale.ROOT, "  corpus %s (%.1f MiB)%n", corpus, Conditions.size(corpus) / 1048576.0);
    List<Double> rates = new ArrayList<>();
    List<Double> walls = new ArrayList<>();
    Path kept = medquad ? WORK.resolve("index") : Path.of("bench/out/index-speed/kept");
    for (int rep = 1; rep <= reps; rep++) {
      Path index = Path.of("bench/out/index-speed/rep-" + rep);
      deleteTree(index);
      System.gc();
      long t0 = System.nanoTime();
      Indexing.Report r = new Indexing(json).run(corpus, index, new Indexing.Options(true, Progress.NONE, 0));
      double wall = (System.nanoTime() - t0) / 1e9;
      long bytes = Conditions.size(new IndexStore(index).current().orElseThrow());
      rates.add(r.records() / wall);
      walls.add(wall);
      System.out.printf(Locale.ROOT, "rep %d: %d topics, %d records in %.2f s: %,.0f records/s, %,.0f topics/s; "
              + "index %.1f MiB%n", rep, r.corpus().topics().size(), r.records(), wall, r.records() / wall,
          r.corpus().topics().size() / wall, bytes / 1048576.0);
      if (rep == reps) {
        deleteTree(kept);
        Files.createDirectories(kept.getParent());
        Files.move(index, kept);
      } else {
        deleteTree(index);
      }
    }
    System.out.printf(Locale.ROOT, "median of %d: %.2f s wall, %,.0f records/s (first build includes JIT warm-up)%n",
        reps, median(walls), median(rates));
    System.out.println("index kept in " + kept);
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
