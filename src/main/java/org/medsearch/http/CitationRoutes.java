package org.medsearch.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.medsearch.cite.CiteStyle;
import org.medsearch.cite.ExportFormat;
import org.medsearch.search.CitationRequest;
import org.medsearch.search.SearchEngine;

/**
 * {@code GET /api/citations}: fielded citation search ({@code format=json}, the default) and
 * exports ({@code format=csl-json|bibtex|ris}), streamed with the format's media type.
 */
final class CitationRoutes {
  private final Supplier<SearchEngine> engine;

  private CitationRoutes(Supplier<SearchEngine> engine) {
    this.engine = engine;
  }

  static void register(RoutesConfig routes, Supplier<SearchEngine> engine) {
    routes.get("/api/citations", new CitationRoutes(engine)::citations);
  }

  private void citations(Context ctx) throws IOException {
    CitationRequest request = request(ctx);
    String format = ctx.queryParam("format");
    if (format == null || format.isBlank() || format.strip().equalsIgnoreCase("json")) {
      ctx.json(engine.get().citations(request));
      return;
    }
    ExportFormat export = ExportFormat.find(format).orElseThrow(() -> ApiException.badRequest(
        "unknown format '" + Params.abbreviate(format.strip()) + "': use json, " + ExportFormat.allIds()));
    ctx.contentType(export.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"citations." + export.extension() + "\"");
    engine.get().exportCitations(request, export, new LazyOutput(ctx));
  }

  static CitationRequest request(Context ctx) {
    List<Integer> years = new ArrayList<>();
    for (String y : Params.list(ctx, "year")) {
      years.add(year(y, "year"));
    }
    Set<String> journals = new LinkedHashSet<>(ctx.queryParams("journal"));
    Set<CiteStyle> styles = new LinkedHashSet<>();
    for (String s : Params.list(ctx, "cite")) {
      styles.add(CiteStyle.find(s).orElseThrow(() -> ApiException.badRequest(
          "unknown citation style '" + Params.abbreviate(s) + "' in cite: use " + CiteStyle.allIds())));
    }
    return new CitationRequest(ctx.queryParam("q"), ctx.queryParams("author"), journals, Set.copyOf(years),
        optionalYear(ctx, "year_from"), optionalYear(ctx, "year_to"), ctx.queryParam("doi"), ctx.queryParam("topic"),
        ctx.queryParam("id"), CitationRequest.Sort.of(ctx.queryParam("sort")), Params.integer(ctx, "page", 1),
        Params.integer(ctx, "size", 10), styles);
  }

  private static Integer optionalYear(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : year(v, name);
  }

  private static int year(String v, String name) {
    String s = v.strip();
    if (!s.matches("\\d{1,4}")) {
      throw ApiException.badRequest(name + " must be a year like 2014, was '" + Params.abbreviate(s.toLowerCase(Locale.ROOT)) + "'");
    }
    return Integer.parseInt(s);
  }

  /**
   * The response body, opened on the first byte: an export whose query turns out bad fails
   * before that, and its 400 goes out as the usual JSON error, not inside a half-sent file.
   */
  private static final class LazyOutput extends java.io.OutputStream {
    private final Context ctx;
    private java.io.OutputStream out;

    LazyOutput(Context ctx) {
      this.ctx = ctx;
    }

    private java.io.OutputStream out() {
      if (out == null) {
        out = ctx.outputStream();
      }
      return out;
    }

    @Override
    public void write(int b) throws IOException {
      out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }
  }
}
