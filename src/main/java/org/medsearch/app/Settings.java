package org.medsearch.app;

import java.nio.file.Path;
import java.util.Objects;

/** Where the corpus and the index are, and where to serve. */
public record Settings(Path corpus, Path index, String host, int port) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public Settings {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
  }
}
