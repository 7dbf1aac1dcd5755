package org.medsearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medsearch.model.Topic;

/**
 * Writes topics into a new index generation, commits it, and publishes it once it has been
 * checked. A generation may start as a copy of an earlier one, for incremental rebuilds: the
 * earlier generation is only read, so the served index is never touched.
 */
public final class IndexBuilder implements AutoCloseable {
  private final IndexStore store;
  private final Path generation;
  private final IndexWriter writer;
  private final Documents documents;
  private long added;
  private boolean committed;
  private boolean published;

  /** A new, empty generation. */
  public IndexBuilder(IndexStore store, ObjectMapper json) throws IOException {
    this(store, json, null);
  }

  /** A new generation holding a copy of {@code base}'s records, or empty when {@code base} is null. */
  public IndexBuilder(IndexStore store, ObjectMapper json, Path base) throws IOException {
    this.store = store;
    this.generation = store.newGeneration();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    config.setCodec(new MedsearchCodec());
    // One file per part of the segment, no compound file: the server reads the stored fields
    // without mapping them (see LuceneSearchEngine.open), which needs the .fdt file on its own.
    config.setUseCompoundFile(false);
    config.getMergePolicy().setNoCFSRatio(0.0);
    this.writer = new IndexWriter(FSDirectory.open(generation), config);
    this.documents = new Documents(json);
    if (base != null) {
      try (Directory from = FSDirectory.open(base)) {
        writer.addIndexes(from);
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }
  }

  public Path generation() {
    return generation;
  }

  /** Adds a topic's records; returns how many were written. */
  public int add(Topic topic) throws IOException {
    List<org.apache.lucene.document.Document> docs = documents.of(topic);
    writer.addDocuments(docs);
    added += docs.size();
    return docs.size();
  }

  /** Removes every record of a topic (the topic, its sections, resources and citations). */
  public void delete(String topicId) throws IOException {
    writer.deleteDocuments(new Term(Schema.TOPIC_ID, topicId));
  }

  /** Records added by this builder (not those copied from the base generation). */
  public long added() {
    return added;
  }

  /** Merges to one segment for fast search and commits; the generation is complete but not yet served. */
  public Path commit() throws IOException {
    writer.forceMerge(1);
    writer.commit();
    writer.close();
    writer.getDirectory().close();
    committed = true;
    return generation;
  }

  /** Makes this committed generation the served one; returns older generations that could not be removed yet. */
  public List<Path> publish() throws IOException {
    if (!committed) {
      commit();
    }
    List<Path> left = store.publish(generation);
    published = true;
    return left;
  }

  /** Without {@link #publish()}, the generation is removed and the served one stays. */
  @Override
  public void close() throws IOException {
    if (published) {
      return;
    }
    if (!committed) {
      writer.rollback();
      writer.getDirectory().close();
    }
    store.discard(generation);
  }
}
