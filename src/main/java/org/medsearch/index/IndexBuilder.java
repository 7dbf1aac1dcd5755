package org.medsearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.medsearch.model.Topic;

/** Writes topics into a new index generation and publishes it when it is complete. */
public final class IndexBuilder implements AutoCloseable {
  private final IndexStore store;
  private final Path generation;
  private final IndexWriter writer;
  private final Documents documents;
  private long records;
  private boolean done;

  public IndexBuilder(IndexStore store, ObjectMapper json) throws IOException {
    this.store = store;
    this.generation = store.newGeneration();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(FSDirectory.open(generation), config);
    this.documents = new Documents(json);
  }

  /** Adds a topic's records; returns how many were written. */
  public int add(Topic topic) throws IOException {
    var docs = documents.of(topic);
    writer.addDocuments(docs);
    records += docs.size();
    return docs.size();
  }

  public long records() {
    return records;
  }

  /** Commits, merges to few segments for fast search and makes this generation the served one. */
  public Path publish() throws IOException {
    writer.forceMerge(1);
    writer.commit();
    writer.close();
    writer.getDirectory().close();
    store.publish(generation);
    done = true;
    return generation;
  }

  /** Without {@link #publish()}, the half-built generation is removed and the served one stays. */
  @Override
  public void close() throws IOException {
    if (!done) {
      writer.rollback();
      writer.getDirectory().close();
      store.discard(generation);
    }
  }
}
