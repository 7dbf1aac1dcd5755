package org.medsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real service over a copy of the shipped corpus, started once for a test class and stopped
 * after it: {@code @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();}
 */
public final class ShippedCorpusServer implements BeforeAllCallback, AfterAllCallback {
  private Path work;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    work = Files.createTempDirectory("medsearch-test-");
    server = TestServer.start(TestCorpus.copyOfShipped(work), work);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      server.close();
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(ShippedCorpusServer::delete);
      }
    }
  }

  /** The running server, for helpers that take one. */
  public TestServer running() {
    return server;
  }

  public TestServer.Response get(String pathAndQuery) throws IOException, InterruptedException {
    return server.get(pathAndQuery);
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
