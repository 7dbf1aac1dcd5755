package org.medsearch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResult;
import org.medsearch.search.SearchTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP API of the contract on Javalin: routes, request parsing and the one error mapper. */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  /** Large enough that a too-long query reaches our own check and gets a JSON 400, not Jetty's 431. */
  static final int MAX_HEADER_BYTES = 256 * 1024;
  /**
   * Searches are CPU-bound: Jetty's default of 250 threads lets dozens run at once on 2 cores,
   * each slower, some past their time budget. 4 per core (plus Jetty's own) measured 2x the
   * requests/s of 250 at 32 connections and no 503s; 2 per core + 2 (6 on 2 cores) then measured
   * search p99 15-18 ms against 21-25 ms at 8 connections, 41-43 against 53-55 at 32, in two
   * interleaved rounds (bench/RESULTS.md); more wait in Jetty's queue. At least 6, so that Jetty's
   * acceptor and selector leave workers. {@code -Dmedsearch.http-threads=N} changes it.
   */
  static final int HTTP_THREADS = Math.max(6, 2 * Runtime.getRuntime().availableProcessors() + 2);
  /** Set when a handler wrote the error body, so the 404 fallback does not overwrite it. */
  private static final String ERROR_WRITTEN = "medsearch.error-written";

  private final Supplier<SearchEngine> engine;
  private final QueryLog queryLog = new QueryLog();
  private final RequestMetrics metrics;
  private final StaticFiles staticFiles = new StaticFiles();
  private final Javalin app;

  /** {@code engine} is asked anew on every request, so a new index generation is picked up at once. */
  public HttpServer(Supplier<SearchEngine> engine, ObjectMapper json) {
    this(engine, json, ServerOptions.NONE);
  }

  public HttpServer(Supplier<SearchEngine> engine, ObjectMapper json, ServerOptions options) {
    this.engine = engine;
    this.metrics = new RequestMetrics(engine);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(json, false));
      config.http.maxRequestSize = 1_000_000;
      int threads = Integer.getInteger("medsearch.http-threads", HTTP_THREADS);
      config.jetty.threadPool = new QueuedThreadPool(threads, Math.min(threads, 8));
      config.jetty.modifyHttpConfiguration(http -> {
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
      });
      config.routes.get("/api/search", metrics.timed("/api/search", this::search));
      config.routes.get("/api/suggest", metrics.timed("/api/suggest", this::suggest));
      config.routes.get("/api/topics/{id}", metrics.timed("/api/topics/{id}", this::topic));
      config.routes.get("/health", this::health);
      config.routes.get("/metrics", metrics::scrape);
      CitationRoutes.register(config.routes, engine);
      AdminRoutes.register(config.routes, options, queryLog);
      config.routes.get("/", ctx -> staticFile(ctx, ""));
      config.routes.get("/{file}", ctx -> staticFile(ctx, ctx.pathParam("file")));
      if (!options.corsOrigins().isEmpty()) {
        List<String> origins = options.corsOrigins();
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> rule.allowHost(origins.get(0),
            origins.subList(1, origins.size()).toArray(String[]::new))));
      }
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      config.routes.exception(SearchTimeoutException.class, (e, ctx) -> {
        ctx.header("Retry-After", "1");
        error(ctx, 503, e.getMessage());
      });
      config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        error(ctx, 500, "internal error: the request could not be answered; see the server log");
      });
      config.routes.error(404, ctx -> {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
          error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path() + "; see /api/search, /api/suggest, /api/citations, /api/topics/{id}, /health, /metrics");
        }
      });
    });
  }

  private void search(Context ctx) {
    SearchRequest request = new SearchRequest(ctx.queryParam("q"), Params.list(ctx, "type"), Params.tiers(ctx),
        ctx.queryParam("topic"), Params.integer(ctx, "page", 1), Params.integer(ctx, "size", 10));
    SearchResult result = engine.get().search(request);
    queryLog.record(request.q(), result.total());
    ctx.json(result);
  }

  private void suggest(Context ctx) {
    ctx.json(engine.get().suggest(ctx.queryParam("q"), Params.integer(ctx, "size", 8)));
  }

  private void topic(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(engine.get().topic(id).orElseThrow(() -> ApiException.notFound(
        "no topic with id '" + Params.abbreviate(id) + "': search for it with /api/search?q=...&type=topic")));
  }

  private void staticFile(Context ctx, String name) {
    if (!staticFiles.serve(ctx, name)) {
      ctx.status(404);
    }
  }

  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("documents", engine.get().documentCount());
    ctx.json(body);
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    ctx.status(status).json(ErrorBody.of(status, message));
  }

  public HttpServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
