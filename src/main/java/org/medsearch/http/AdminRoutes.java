package org.medsearch.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code POST /api/admin/reindex} and {@code GET /api/admin/stats}, behind
 * {@code Authorization: Bearer TOKEN}. Without a configured token they are not there at all (404).
 */
final class AdminRoutes {
  private final byte[] tokenDigest;
  private final ServerOptions.Reindexer reindexer;
  private final QueryLog log;

  private AdminRoutes(String token, ServerOptions.Reindexer reindexer, QueryLog log) {
    this.tokenDigest = digest(token);
    this.reindexer = reindexer;
    this.log = log;
  }

  static void register(RoutesConfig routes, ServerOptions options, QueryLog log) {
    if (options.adminToken() == null) {
      return;
    }
    AdminRoutes admin = new AdminRoutes(options.adminToken(), options.reindexer(), log);
    routes.post("/api/admin/reindex", admin::reindex);
    routes.get("/api/admin/stats", admin::stats);
  }

  private void reindex(Context ctx) throws Exception {
    authorize(ctx);
    ctx.json(reindexer.reindex());
  }

  private void stats(Context ctx) {
    authorize(ctx);
    ctx.json(log.stats());
  }

  /** Compares digests in constant time, so neither the token nor its length leaks through timing. */
  private void authorize(Context ctx) {
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
        && MessageDigest.isEqual(tokenDigest, digest(header.substring(prefix.length()).strip()));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing or wrong admin token: send 'Authorization: Bearer TOKEN' with the token"
          + " of the server's configuration (admin-token or MEDSEARCH_ADMIN_TOKEN)");
    }
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
