package org.medsearch.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.SearchEngine;

/**
 * {@code GET /metrics} in the Prometheus text format: a latency histogram per route and
 * outcome, the number of records served, and the JVM's memory, GC, threads and CPU.
 */
final class RequestMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  RequestMetrics(Supplier<SearchEngine> engine) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Gauge.builder("medsearch.documents", () -> engine.get().documentCount())
        .description("records (topics, sections, resources, citations) being served")
        .register(registry);
  }

  /** {@code handler}, timed as {@code route} with its outcome: ok, client_error or server_error. */
  Handler timed(String route, Handler handler) {
    return ctx -> {
      long start = System.nanoTime();
      String outcome = "ok";
      try {
        handler.handle(ctx);
      } catch (BadRequestException | ApiException e) {
        outcome = "client_error";
        throw e;
      } catch (Exception e) {
        outcome = "server_error";
        throw e;
      } finally {
        Timer.builder("medsearch.http.requests")
            .description("time to answer a request, by route and outcome")
            .tag("route", route)
            .tag("outcome", outcome)
            .publishPercentileHistogram()
            .register(registry)
            .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
      }
    };
  }

  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
