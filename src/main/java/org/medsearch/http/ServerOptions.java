package org.medsearch.http;

import java.util.List;

/**
 * What the server allows besides the public API: browser origins for CORS (none: no CORS
 * headers), and the admin endpoints, on only when {@code adminToken} is set.
 */
public record ServerOptions(List<String> corsOrigins, String adminToken, Reindexer reindexer) {
  public static final ServerOptions NONE = new ServerOptions(List.of(), null, null);

  public ServerOptions {
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    if (adminToken != null && reindexer == null) {
      throw new IllegalArgumentException("reindexer is required when an admin token is set");
    }
  }

  /** Rebuilds the index and returns the report to send as JSON; throws {@link ApiException} for a refusal. */
  @FunctionalInterface
  public interface Reindexer {
    Object reindex() throws Exception;
  }
}
