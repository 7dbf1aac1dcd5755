package org.medsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.search.ReferenceManager;
import org.medsearch.index.IndexStore;
import org.medsearch.model.Topic;
import org.medsearch.cite.ExportFormat;
import org.medsearch.search.CitationRequest;
import org.medsearch.search.CitationResult;
import org.medsearch.search.LuceneSearchEngine;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResult;
import org.medsearch.search.SuggestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine on the served generation, swapped without a restart when {@code CURRENT} names a
 * new one (checked every {@code poll}, and at once by {@link #refresh()}). Every call runs on the
 * generation it started with: an engine is closed only after the last call using it returns, so
 * a swap never fails nor delays a request. The swapping is Lucene's {@link ReferenceManager}.
 */
public final class LiveIndex implements SearchEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  private final Manager manager;
  private final ScheduledExecutorService poller;

  private LiveIndex(Manager manager, Duration poll) {
    this.manager = manager;
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "medsearch-index-watch");
      t.setDaemon(true);
      return t;
    });
    if (!poll.isZero()) {
      poller.scheduleWithFixedDelay(this::refreshQuietly, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Opens the served generation of {@code indexDir}; fails with what to run when there is none. */
  public static LiveIndex open(Path indexDir, ObjectMapper json, Duration poll) throws IOException {
    IndexStore store = new IndexStore(indexDir);
    Path current = store.current().orElseThrow(() -> new IOException(
        "no index in " + indexDir + ": build one with 'index --corpus DIR --index " + indexDir + "'"));
    return new LiveIndex(new Manager(store, json, Opened.open(current, json)), poll);
  }

  /** Switches to the generation {@code CURRENT} names, if it is another one; returns whether it switched. */
  public boolean refresh() throws IOException {
    String before = generation();
    manager.maybeRefreshBlocking();
    return !before.equals(generation());
  }

  private void refreshQuietly() {
    try {
      if (refresh()) {
        LOG.info("now serving index generation {}", generation());
      }
    } catch (IOException | RuntimeException e) {
      // Keep serving the generation we have; the next poll tries again.
      LOG.warn("cannot open the new index generation, still serving {}: {}", generation(), e.toString());
    }
  }

  /** The folder name of the generation new calls run on, e.g. {@code gen-000002}. */
  public String generation() {
    return with(o -> o.generation.getFileName().toString());
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return with(o -> o.engine.search(request));
  }

  @Override
  public SuggestResult suggest(String prefix, int size) {
    return with(o -> o.engine.suggest(prefix, size));
  }

  @Override
  public Optional<Topic> topic(String id) {
    return with(o -> o.engine.topic(id));
  }

  @Override
  public CitationResult citations(CitationRequest request) {
    return with(o -> o.engine.citations(request));
  }

  /** Holds the generation until the last record is written, so a swap never cuts an export short. */
  @Override
  public long exportCitations(CitationRequest request, ExportFormat format, OutputStream out) throws IOException {
    try {
      return with(o -> {
        try {
          return o.engine.exportCitations(request, format, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public long documentCount() {
    return with(o -> o.engine.documentCount());
  }

  private <T> T with(Function<Opened, T> call) {
    Opened o;
    try {
      o = manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return call.apply(o);
    } finally {
      try {
        manager.release(o);
      } catch (IOException e) {
        LOG.warn("closing a replaced index generation failed: {}", e.toString());
      }
    }
  }

  @Override
  public void close() throws IOException {
    poller.shutdownNow();
    manager.close();
  }

  /** One generation's engine with a reference count; the manager holds one reference while it is current. */
  private static final class Opened {
    final Path generation;
    final LuceneSearchEngine engine;
    private final AtomicInteger refs = new AtomicInteger(1);

    private Opened(Path generation, LuceneSearchEngine engine) {
      this.generation = generation;
      this.engine = engine;
    }

    static Opened open(Path generation, ObjectMapper json) throws IOException {
      return new Opened(generation, LuceneSearchEngine.open(generation, json));
    }

    boolean tryIncRef() {
      int n;
      do {
        n = refs.get();
        if (n <= 0) {
          return false;
        }
      } while (!refs.compareAndSet(n, n + 1));
      return true;
    }

    void decRef() throws IOException {
      if (refs.decrementAndGet() == 0) {
        engine.close();
      }
    }
  }

  private static final class Manager extends ReferenceManager<Opened> {
    private final IndexStore store;
    private final ObjectMapper json;

    Manager(IndexStore store, ObjectMapper json, Opened first) {
      this.store = store;
      this.json = json;
      this.current = first;
    }

    @Override
    protected void decRef(Opened o) throws IOException {
      o.decRef();
    }

    @Override
    protected Opened refreshIfNeeded(Opened o) throws IOException {
      Optional<Path> now = store.current();
      return now.isEmpty() || now.get().equals(o.generation) ? null : Opened.open(now.get(), json);
    }

    @Override
    protected boolean tryIncRef(Opened o) {
      return o.tryIncRef();
    }

    @Override
    protected int getRefCount(Opened o) {
      return o.refs.get();
    }
  }
}
