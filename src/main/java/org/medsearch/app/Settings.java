package org.medsearch.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the corpus and the index are, where to serve, which browser origins may call the API
 * (CORS; none by default) and the admin token (null: the admin endpoints are off).
 */
public record Settings(Path corpus, Path index, String host, int port, List<String> corsOrigins, String adminToken) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** Long enough that guessing it over HTTP is hopeless. */
  public static final int MIN_TOKEN_LENGTH = 16;

  public Settings {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    if (adminToken != null && adminToken.isBlank()) {
      adminToken = null;
    }
    if (adminToken != null && adminToken.strip().length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException("admin token must have at least " + MIN_TOKEN_LENGTH
          + " characters: make one with 'openssl rand -hex 24'");
    }
    adminToken = adminToken == null ? null : adminToken.strip();
  }

  /** No CORS origins and no admin token. */
  public Settings(Path corpus, Path index, String host, int port) {
    this(corpus, index, host, port, List.of(), null);
  }

  /** Never prints the token itself. */
  @Override
  public String toString() {
    return "Settings[corpus=" + corpus + ", index=" + index + ", host=" + host + ", port=" + port
        + ", corsOrigins=" + corsOrigins + ", adminToken=" + (adminToken == null ? "none" : "set") + "]";
  }
}
