package org.medsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.medsearch.http.ApiException;
import org.medsearch.http.HttpServer;
import org.medsearch.http.ServerOptions;
import org.medsearch.index.BuildLock;
import org.medsearch.index.IndexStore;
import org.medsearch.model.Tier;
import org.medsearch.search.LuceneSearchEngine;
import org.medsearch.search.SearchEngine;

/**
 * A running search service: the live engine on the served index generation (switching to a new
 * one within {@link #POLL} of its publication) and the HTTP server in front.
 */
public final class Service implements AutoCloseable {
  /** How often the server looks at {@code CURRENT} for a generation published by another process. */
  public static final Duration POLL = Duration.ofSeconds(1);

  private final LiveIndex engine;
  private final HttpServer http;
  private final Optional<NativeHeapTrim> trim;

  private Service(LiveIndex engine, HttpServer http, Optional<NativeHeapTrim> trim) {
    this.engine = engine;
    this.http = http;
    this.trim = trim;
  }

  /** Opens the served generation of {@code indexDir} for one-off use; fails with what to run when there is none. */
  public static SearchEngine openEngine(Path indexDir, ObjectMapper json) throws IOException {
    Path current = new IndexStore(indexDir).current().orElseThrow(() -> new IOException(
        "no index in " + indexDir + ": build one with 'index --corpus DIR --index " + indexDir + "'"));
    return LuceneSearchEngine.open(current, json);
  }

  public static Service start(Settings settings, ObjectMapper json) throws IOException {
    // The index opens (reader, topic names, spelling) while the HTTP server starts: the service is
    // ready in the longer of the two, not their sum. A request that comes first waits for the index.
    CompletableFuture<LiveIndex> opening = CompletableFuture.supplyAsync(() -> {
      try {
        return LiveIndex.open(settings.index(), json, POLL);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    HttpServer http = null;
    try {
      ServerOptions options = new ServerOptions(settings.corsOrigins(), settings.adminToken(),
          () -> reindex(settings, json, opening.join()));
      http = new HttpServer(() -> opening.join(), json, options).start(settings.host(), settings.port());
      HeapGrowth.limit();
      return new Service(opened(opening), http, NativeHeapTrim.start(NativeHeapTrim.configured()));
    } catch (IOException | RuntimeException e) {
      if (http != null) {
        http.close();
      }
      opening.thenAccept(Service::closeQuietly);
      throw e;
    }
  }

  /** The opened index, or the reason it could not be opened. */
  private static LiveIndex opened(CompletableFuture<LiveIndex> opening) throws IOException {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static void closeQuietly(LiveIndex index) {
    try {
      index.close();
    } catch (IOException ignored) {
      // the service did not start; nothing is left to serve from it
    }
  }

  /** {@code POST /api/admin/reindex}: an incremental rebuild, served as soon as it is published. */
  private static Map<String, Object> reindex(Settings settings, ObjectMapper json, LiveIndex engine)
      throws IOException {
    Indexing.Report report;
    try {
      report = new Indexing(json).run(settings.corpus(), settings.index());
    } catch (BuildLock.Busy e) {
      throw new ApiException(409, e.getMessage());
    }
    engine.refresh();
    return summary(report);
  }

  /** The report of a build as JSON: the same figures as the command line's summary table. */
  public static Map<String, Object> summary(Indexing.Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generation", r.build().generation());
    m.put("published", r.build().published());
    m.put("mode", r.build().mode());
    Map<String, Integer> files = new LinkedHashMap<>();
    files.put("total", r.corpus().files());
    files.put("read", r.build().filesRead());
    files.put("unchanged", r.build().filesUnchanged());
    files.put("removed", r.build().filesRemoved());
    m.put("files", files);
    m.put("topics", r.corpus().topics().size());
    m.put("sections", r.sections());
    Map<String, Integer> tiers = new LinkedHashMap<>();
    for (Tier t : Tier.values()) {
      if (t != Tier.RESEARCH) {
        tiers.put(t.id(), r.resources().getOrDefault(t, 0));
      }
    }
    m.put("resources", tiers);
    m.put("citations", r.citations());
    m.put("records", r.records());
    m.put("warnings", r.corpus().warnings());
    m.put("errors", r.corpus().errors());
    m.put("problems", r.corpus().problems());
    m.put("took_ms", r.took().toMillis());
    return m;
  }

  public int port() {
    return http.port();
  }

  public LiveIndex engine() {
    return engine;
  }

  @Override
  public void close() throws IOException {
    trim.ifPresent(NativeHeapTrim::close);
    http.close();
    engine.close();
  }
}
