package org.medsearch.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The search page's files ({@code /web/*} on the classpath), read once and then answered from
 * memory. Javalin's own static-file handler mounts the whole application jar as a zip file
 * system to find them: 200,000 zip entries of Tika and POI indexed on the heap (about 30 MB)
 * and a second of start-up, for eight small files.
 */
final class StaticFiles {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

  /** Answers {@code GET /} and {@code GET /name.ext}; returns false when there is no such file. */
  boolean serve(Context ctx, String name) {
    String file = name.isEmpty() ? "index.html" : name;
    if (!NAME.matcher(file).matches() || file.contains("..")) {
      return false;
    }
    String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    if (type == null) {
      return false;
    }
    Optional<byte[]> bytes = files.computeIfAbsent(file, StaticFiles::read);
    if (bytes.isEmpty()) {
      return false;
    }
    ctx.contentType(type);
    ctx.header("Cache-Control", "no-cache");
    ctx.result(bytes.get());
    return true;
  }

  private static Optional<byte[]> read(String file) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + file)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
