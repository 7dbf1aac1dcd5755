package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.medsearch.app.Json;
import org.medsearch.cite.ExportFormat;
import org.medsearch.http.HttpServer;
import org.medsearch.index.IndexBuilder;
import org.medsearch.index.IndexStore;
import org.medsearch.ingest.CorpusReader;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Topic;
import org.medsearch.parse.Journals;
import org.medsearch.parse.Problems;
import org.medsearch.search.CitationRequest;
import org.medsearch.search.LuceneSearchEngine;
import org.medsearch.search.SearchEngine;

/**
 * Citation search at scale: generates citation records from real field values (the authors,
 * titles, journals and years of the seed page and the citation fixtures, the journals of the
 * shipped NLM list), indexes them, and measures the indexing rate, the latency of fielded
 * queries in process and over HTTP, and the time and memory of exporting 10,000 records.
 *
 * <p>Titles are recombined from halves of real titles (cut at a colon or mid-way) so that works
 * differ; every work gets a DOI under the test prefix 10.5555; 5% of the records are copies of an
 * earlier work on another topic (same DOI), so one-hit-per-work collapsing is exercised. Every
 * hundredth record is in "Ann Indian Acad Neurol" and no copy is, so that journal selects exactly
 * 1% of the works (10,000 of a million) for the export figures.
 *
 * <p>Run from the project folder: {@code BENCH_JAVA_OPTS=-Xmx512m bash bench/run CitationScale [RECORDS] [--reuse] [--queries-only]}
 * (default 1,000,000; {@code --reuse} queries the index of the previous run instead of building one;
 * {@code --queries-only} stops after the in-process queries, for comparing two versions run by turns).
 * Working files go to bench/out/citation-scale.
 */
public final class CitationScale {
  private static final int PER_TOPIC = 1_000;
  private static final int QUERIES = 2_000;
  private static final String EXPORT_JOURNAL = "Ann Indian Acad Neurol";

  private final ObjectMapper json = Json.mapper();
  private final Random random = new Random(20261127L);
  private final List<Name> names = new ArrayList<>();
  private final List<String> heads = new ArrayList<>();
  private final List<String> tails = new ArrayList<>();
  private final List<String> journals = new ArrayList<>();
  private final List<String> titleWords = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean reuse = rest.remove("--reuse");
    boolean queriesOnly = rest.remove("--queries-only");
    int records = rest.isEmpty() ? 1_000_000 : Integer.parseInt(rest.get(0).replace("_", ""));
    new CitationScale().run(records, reuse, queriesOnly);
  }

  private void run(int records, boolean reuse, boolean queriesOnly) throws Exception {
    System.out.printf(Locale.ROOT, "Citation search at scale, %s, Java %s, %s %s, %d cores, max heap %d MiB%n%n",
        LocalDate.now(), System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    loadFieldValues();
    System.out.printf(Locale.ROOT, "field values: %d author names, %d title halves + %d, %d journals%n",
        names.size(), heads.size(), tails.size(), journals.size());

    Path root = Path.of("bench/out/citation-scale");
    IndexStore store = new IndexStore(root.resolve("index"));
    Path generation = reuse ? store.current().orElse(null) : null;
    if (generation == null) {
      deleteTree(root);
      generation = build(store, records);
    } else {
      System.out.println("reusing the index in " + generation + " (--reuse)");
    }
    query(generation, queriesOnly);
  }

  private Path build(IndexStore store, int records) throws IOException {
    long t0 = System.nanoTime();
    long added;
    Path generation;
    long addNanos;
    // generation and timings set below
    try (IndexBuilder builder = new IndexBuilder(store, json)) {
      int topics = (records + PER_TOPIC - 1) / PER_TOPIC;
      int n = 0;
      for (int t = 0; t < topics; t++) {
        List<Citation> cites = new ArrayList<>(PER_TOPIC);
        for (int i = 0; i < PER_TOPIC && n < records; i++, n++) {
          // A copy is work m again, regenerated from its number (nothing is kept in memory).
          int m = n;
          if (n % 100 != 0 && n > 1_000 && random.nextInt(100) < 5) {
            do {
              m = random.nextInt(n);
            } while (m % 100 == 0);
          }
          cites.add(work(m));
        }
        String id = String.format(Locale.ROOT, "topic-%04d", t);
        builder.add(new Topic(id, "Topic " + t, List.of(), null, null, null, List.of(), List.of(), cites));
      }
      addNanos = System.nanoTime() - t0;
      added = builder.added();
      generation = builder.commit();
      builder.publish();
    }
    long buildNanos = System.nanoTime() - t0;
    System.out.printf(Locale.ROOT, "indexed %,d records (%,d citations) in %.1f s: %,.0f records/s adding, %,.0f records/s"
        + " with the final merge to one segment (%.1f s); index %,d MiB%n", added, records, buildNanos / 1e9,
        added / (addNanos / 1e9), added / (buildNanos / 1e9), (buildNanos - addNanos) / 1e9, size(generation) >> 20);
    return generation;
  }

  private void query(Path generation, boolean queriesOnly) throws Exception {
    long o0 = System.nanoTime();
    try (SearchEngine engine = LuceneSearchEngine.open(generation, json)) {
      System.out.printf(Locale.ROOT, "opened in %.2f s, %,d documents%n%n", (System.nanoTime() - o0) / 1e9, engine.documentCount());
      List<String> queries = queries();
      for (int i = 0; i < 300; i++) {
        engine.citations(request(queries.get(i % queries.size())));
      }
      long[] inProcess = new long[queries.size()];
      long[] cpu = new long[queries.size()];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long totalHits = 0;
      for (int i = 0; i < queries.size(); i++) {
        long c = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        totalHits += engine.citations(request(queries.get(i))).total();
        inProcess[i] = System.nanoTime() - s;
        cpu[i] = threads.getCurrentThreadCpuTime() - c;
      }
      report("fielded queries, in process (page of 10 with references and facets)", inProcess);
      // On a shared machine the wall time includes waiting for a core; the thread's CPU time is what the query cost.
      report("  the same, CPU time of the querying thread", cpu);
      System.out.printf(Locale.ROOT, "  load average at the end: %s%n", loadAverage());
      System.out.printf(Locale.ROOT, "  mean works per query: %,.0f%n", (double) totalHits / queries.size());
      for (String kind : List.of("author=", "year=", "journal=", "doi=", "q=")) {
        List<Long> of = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
          if (queries.get(i).startsWith(kind)) {
            of.add(inProcess[i]);
          }
        }
        report("  " + kind + "...", of.stream().mapToLong(Long::longValue).toArray());
      }
      if (queriesOnly) {
        return;
      }

      try (HttpServer http = new HttpServer(() -> engine, json).start("127.0.0.1", 0)) {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + http.port() + "/api/citations?";
        for (int i = 0; i < 300; i++) {
          get(client, base + queries.get(i));
        }
        long[] overHttp = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
          long s = System.nanoTime();
          get(client, base + queries.get(i));
          overHttp[i] = System.nanoTime() - s;
        }
        report("fielded queries, over HTTP (one client, loopback)", overHttp);

        String exportQuery = "journal=" + enc(EXPORT_JOURNAL);
        System.out.printf(Locale.ROOT, "%nexport of %s (%,d works):%n", exportQuery,
            engine.citations(request(exportQuery)).total());
        for (ExportFormat f : ExportFormat.values()) {
          engine.exportCitations(request(exportQuery), f, OutputStream.nullOutputStream());
          System.gc();
          long before = usedHeap();
          resetPeaks();
          long s = System.nanoTime();
          Counting out = new Counting();
          long n = engine.exportCitations(request(exportQuery), f, out);
          long took = System.nanoTime() - s;
          long peak = peakHeap();
          System.gc();
          long after = usedHeap();
          System.out.printf(Locale.ROOT, "  in process %-8s %,d records, %,d KiB, %.2f s; heap after GC %d MiB before,"
              + " %d MiB after; peak of the old generation during it %d MiB%n", f.id(), n, out.bytes >> 10, took / 1e9,
              before >> 20, after >> 20, peak >> 20);
          long hs = System.nanoTime();
          HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(base + exportQuery + "&format=" + f.id()))
              .build(), HttpResponse.BodyHandlers.ofInputStream());
          long bytes;
          try (InputStream in = r.body()) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
          }
          System.out.printf(Locale.ROOT, "  over HTTP  %-8s %,d KiB in %.2f s (status %d, %s)%n", f.id(), bytes >> 10,
              (System.nanoTime() - hs) / 1e9, r.statusCode(), r.headers().firstValue("content-type").orElse(""));
        }
        String wide = "year_from=2000";
        System.gc();
        resetPeaks();
        Counting out = new Counting();
        long s = System.nanoTime();
        long n = engine.exportCitations(request(wide), ExportFormat.BIBTEX, out);
        System.out.printf(Locale.ROOT, "  in process bibtex of %s: %,d records, %,d MiB, %.2f s; peak of the old generation %d MiB%n",
            wide, n, out.bytes >> 20, (System.nanoTime() - s) / 1e9, peakHeap() >> 20);
      }
    }
  }

  /** A query string of /api/citations, parsed as the HTTP layer would. */
  private static CitationRequest request(String query) {
    List<String> authors = new ArrayList<>();
    Set<String> journals = new LinkedHashSet<>();
    Set<Integer> years = new LinkedHashSet<>();
    String q = null;
    String doi = null;
    Integer from = null;
    for (String part : query.split("&")) {
      String[] kv = part.split("=", 2);
      String v = java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      switch (kv[0]) {
        case "author" -> authors.add(v);
        case "journal" -> journals.add(v);
        case "year" -> years.add(Integer.parseInt(v));
        case "year_from" -> from = Integer.parseInt(v);
        case "doi" -> doi = v;
        case "q" -> q = v;
        default -> throw new IllegalArgumentException(kv[0]);
      }
    }
    return new CitationRequest(q, authors, journals, years, from, null, doi, null, null, CitationRequest.Sort.RELEVANCE,
        1, 10, Set.of());
  }

  /** A mix of fielded queries over the generated values. */
  private List<String> queries() {
    Random r = new Random(7);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < QUERIES; i++) {
      Name n = names.get(r.nextInt(names.size()));
      String journal = journals.get(r.nextInt(journals.size()));
      int year = 1990 + r.nextInt(35);
      out.add(switch (i % 5) {
        case 0 -> r.nextBoolean() ? "author=" + enc(n.family()) : "author=" + enc(n.family() + " " + initial(n));
        case 1 -> "year=" + year + "&author=" + enc(n.family());
        case 2 -> "journal=" + enc(journal) + "&year=" + year;
        case 3 -> "doi=" + enc("10.5555/bench." + r.nextInt(900_000));
        default -> "q=" + enc("author:" + n.family() + " year:" + year + ".." + (year + 5) + " title:"
            + titleWords.get(r.nextInt(titleWords.size())));
      });
    }
    return out;
  }

  private static String initial(Name n) {
    return n.given() == null ? "" : n.given().substring(0, 1);
  }

  /** Work number {@code n}: the same values every time (its own seeded generator). */
  private Citation work(int n) {
    Random random = new Random(20261127L * 31 + n);
    List<Name> authors = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      authors.add(names.get(random.nextInt(names.size())));
    }
    String title = heads.get(random.nextInt(heads.size())) + ": " + tails.get(random.nextInt(tails.size()));
    String journal = n % 100 == 0 ? EXPORT_JOURNAL : journals.get(random.nextInt(journals.size()));
    int year = 1990 + random.nextInt(35);
    int page = 1 + random.nextInt(2_000);
    return new Citation(null, "article-journal", title, journal, null, authors, Citation.Issued.ofYear(year),
        String.valueOf(1 + random.nextInt(80)), String.valueOf(1 + random.nextInt(12)), page + "-" + (page + random.nextInt(20)),
        null, "10.5555/bench." + n, null, null, null, false, null);
  }

  /** Authors, titles, journals of the seed page and the fixtures; journals of the shipped list. */
  private void loadFieldValues() throws Exception {
    List<Citation> real = new ArrayList<>();
    List<Topic> seed = new CorpusReader(json).parseFile(Path.of("corpus/000_e00648446235eaa8.txt"),
        "000_e00648446235eaa8.txt", new Problems());
    seed.forEach(t -> real.addAll(t.citations()));
    for (String file : List.of("citations-seed.jsonl", "citations-styles.jsonl", "citations-holdout.jsonl")) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/fixtures", file))) {
        if (!line.isBlank()) {
          JsonNode item = json.readTree(line).get("expected");
          real.add(json.treeToValue(item, Citation.class));
        }
      }
    }
    Set<String> seenNames = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    Set<String> journalSet = new LinkedHashSet<>();
    for (Citation c : real) {
      for (Name n : c.author()) {
        if (n.family() != null && seenNames.add(n.family().toLowerCase(Locale.ROOT) + "|" + n.given())) {
          names.add(n);
        }
      }
      if (c.title() != null) {
        titles.add(c.title());
      }
      if (c.containerTitle() != null) {
        journalSet.add(c.containerTitle());
      }
    }
    for (String line : Files.readAllLines(Path.of("src/main/resources/org/medsearch/parse/journals.tsv"))) {
      if (!line.startsWith("#") && line.contains("\t")) {
        journalSet.add(line.split("\t")[random.nextBoolean() ? 0 : 1]);
      }
    }
    // The export journal is only ever given to every hundredth record.
    journalSet.removeIf(j -> Journals.defaults().same(j, EXPORT_JOURNAL));
    journals.addAll(journalSet);
    for (String t : titles) {
      int cut = t.indexOf(':') > 0 ? t.indexOf(':') : t.indexOf(' ', t.length() / 2);
      if (cut > 0) {
        heads.add(t.substring(0, cut).strip());
        tails.add(t.substring(cut + 1).strip());
      }
      Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() > 6).forEach(titleWords::add);
    }
  }

  private static String loadAverage() throws IOException {
    Path p = Path.of("/proc/loadavg");
    return Files.exists(p) ? String.join(" ", Arrays.copyOf(Files.readString(p).trim().split(" "), 3)) : "unknown";
  }

  private static String get(HttpClient client, String url) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static void report(String what, long[] nanos) {
    if (nanos.length == 0) {
      return;
    }
    long[] s = nanos.clone();
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "%-70s n=%d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, s.length,
        pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<MemoryPoolMXBean> oldGen() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
        .toList();
  }

  private static void resetPeaks() {
    oldGen().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return oldGen().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Counts what an export writes and keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
