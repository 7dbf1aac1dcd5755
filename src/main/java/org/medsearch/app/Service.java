package org.medsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.medsearch.http.HttpServer;
import org.medsearch.index.IndexStore;
import org.medsearch.search.LuceneSearchEngine;
import org.medsearch.search.SearchEngine;

/** A running search service: the engine on the current index generation and the HTTP server in front. */
public final class Service implements AutoCloseable {
  private final SearchEngine engine;
  private final HttpServer http;

  private Service(SearchEngine engine, HttpServer http) {
    this.engine = engine;
    this.http = http;
  }

  /** Opens the served generation of {@code settings.index()}; fails with what to run when there is none. */
  public static SearchEngine openEngine(Path indexDir, ObjectMapper json) throws IOException {
    Path current = new IndexStore(indexDir).current().orElseThrow(() -> new IOException(
        "no index in " + indexDir + ": build one with 'index --corpus DIR --index " + indexDir + "'"));
    return LuceneSearchEngine.open(current, json);
  }

  public static Service start(Settings settings, ObjectMapper json) throws IOException {
    SearchEngine engine = openEngine(settings.index(), json);
    try {
      HttpServer http = new HttpServer(() -> engine, json).start(settings.host(), settings.port());
      return new Service(engine, http);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  public int port() {
    return http.port();
  }

  public SearchEngine engine() {
    return engine;
  }

  @Override
  public void close() throws IOException {
    http.close();
    engine.close();
  }
}
