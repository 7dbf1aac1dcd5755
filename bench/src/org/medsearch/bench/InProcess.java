package org.medsearch.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;

/**
 * The floor the HTTP figures are measured against: the load test's queries run on the engine
 * in this process (the same ranking, snippets and facets, no HTTP, no JSON), by {@code
 * --threads} threads each cycling through the list from its own offset like wrk's connections,
 * for {@code --seconds} after a warm-up. Prints queries/s and latency percentiles, then the
 * slowest queries of a single-threaded pass. CPU ms/query (thread CPU time) is the figure to
 * compare on a shared machine: other processes change the wall-clock figures, hardly this one.
 *
 * <p>{@code --suggest} runs {@code /api/suggest}'s engine call instead, on the prefixes {@code bench/load}
 * writes to {@code bench/out/load/suggest.txt}.
 *
 * <pre>bash bench/run InProcess [--threads 2] [--seconds 30] [--warmup 20] [--queries FILE] [--suggest]</pre>
 */
public final class InProcess {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    // The floor measures searching: answers from the result cache would measure the cache.
    if (System.getProperty("medsearch.result-cache") == null) {
      System.setProperty("medsearch.result-cache", "0");
    }
    int threads = 2;
    int seconds = 30;
    int warmup = 20;
    boolean suggest = false;
    Path queries = Path.of("../shared/bench/solr-anchor/queries.txt");
    Path index = Path.of("bench/out/medquad/index");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--queries" -> queries = Path.of(args[++i]);
        case "--index" -> index = Path.of(args[++i]);
        case "--suggest" -> {
          suggest = true;
          queries = Path.of("bench/out/load/suggest.txt");
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + ": use --threads N, --seconds N, --warmup N, --queries FILE, --index DIR, --suggest");
      }
    }
    List<String> qs = new ArrayList<>();
    for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        qs.add(URLDecoder.decode(line.strip(), StandardCharsets.UTF_8));
      }
    }
    System.out.println(Conditions.line("In-process search floor"));
    System.out.printf(Locale.ROOT, "  %d queries from %s, %d threads, %d s warm-up, %d s measured%n", qs.size(), queries,
        threads, warmup, seconds);
    try (SearchEngine engine = Service.openEngine(index, Json.mapper())) {
      Call call = suggest ? q -> engine.suggest(q, 8).suggestions().size() : q -> engine.search(SearchRequest.of(q)).hits().size();
      run(call, qs, threads, warmup, false);
      run(call, qs, threads, seconds, true);
      slowest(call, qs);
    }
  }

  /** One search or suggest call; returns the number of results. */
  private interface Call {
    int run(String q);
  }

  private static void run(Call engine, List<String> qs, int threads, int seconds, boolean report)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong hits = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    int[] counts = new int[threads];
    long[] cpu = new long[threads];
    long[] allocated = new long[threads];
    for (int t = 0; t < threads; t++) {
      long[] lat = new long[5_000_000];
      perThread.add(lat);
      int id = t;
      workers.add(new Thread(() -> {
        int i = (id * 97) % qs.size();
        int n = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long alloc0 = THREADS.getCurrentThreadAllocatedBytes();
        while (!stop.get() && n < lat.length) {
          long t0 = System.nanoTime();
          int found = engine.run(qs.get(i));
          lat[n++] = System.nanoTime() - t0;
          hits.addAndGet(found);
          i = (i + 1) % qs.size();
        }
        counts[id] = n;
        cpu[id] = THREADS.getCurrentThreadCpuTime() - cpu0;
        allocated[id] = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
      }, "inprocess-" + t));
    }
    long start = System.nanoTime();
    workers.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    double took = (System.nanoTime() - start) / 1e9;
    if (!report) {
      return;
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf(Locale.ROOT, "IN_PROCESS threads=%d queries=%d duration_s=%.2f qps=%.1f p50_ms=%.2f p90_ms=%.2f "
            + "p99_ms=%.2f max_ms=%.2f cpu_ms_per_query=%.3f alloc_kib_per_query=%.1f%n", threads, total, took, total / took,
        pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6, Arrays.stream(cpu).sum() / 1e6 / total,
        Arrays.stream(allocated).sum() / 1024.0 / total);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
  }

  /** One thread, each query 5 times; the median of each, the 10 slowest listed. */
  private static void slowest(Call engine, List<String> qs) {
    record Timed(String q, double ms) {}
    List<Timed> timed = new ArrayList<>();
    for (String q : qs) {
      long[] t = new long[5];
      for (int k = 0; k < t.length; k++) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        engine.run(q);
        t[k] = THREADS.getCurrentThreadCpuTime() - t0;
      }
      Arrays.sort(t);
      timed.add(new Timed(q, t[2] / 1e6));
    }
    timed.sort(Comparator.comparingDouble(Timed::ms).reversed());
    System.out.printf(Locale.ROOT, "single thread, CPU time: mean %.2f ms per query; slowest:%n",
        timed.stream().mapToDouble(Timed::ms).average().orElse(0));
    for (Timed t : timed.subList(0, Math.min(10, timed.size()))) {
      System.out.printf(Locale.ROOT, "  %7.2f ms  %s%n", t.ms(), t.q().length() > 100 ? t.q().substring(0, 97) + "..." : t.q());
    }
  }
}
