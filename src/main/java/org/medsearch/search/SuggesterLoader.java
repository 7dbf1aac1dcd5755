package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.index.DirectoryReader;

/**
 * Builds the {@link Suggester} of an index generation on a background thread, so that opening
 * a generation (and starting the server) does not wait for it: reading every title out of the
 * stored fields took about a third of the start-up time. The first suggestion waits for it.
 */
final class SuggesterLoader {
  private final CompletableFuture<Suggester> future = new CompletableFuture<>();

  SuggesterLoader(LuceneSearchEngine.ScanReaders scans) {
    Thread t = new Thread(() -> {
      try (DirectoryReader reader = scans.open()) {
        future.complete(new Suggester(SuggestEntries.read(reader)));
      } catch (IOException e) {
        future.completeExceptionally(new UncheckedIOException(e));
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
      }
    }, "medsearch-suggester-build");
    t.setDaemon(true);
    t.start();
  }

  Suggester get() {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
