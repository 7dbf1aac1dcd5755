package org.medsearch.search;

import java.nio.file.Path;
import java.util.Map;
import org.medsearch.TestCorpus;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.bench.MedQuad;

/** Real indexes built in a test's folder, and engines opened on them with the server's properties set. */
final class TestIndexes {
  private TestIndexes() {}

  /** The MedQuAD topics of ../shared, indexed through the real pipeline. */
  static Path medquad(Path work) throws Exception {
    Path index = work.resolve("medquad-index");
    new Indexing(Json.mapper()).run(MedQuad.writeCorpus(work.resolve("medquad"), Json.mapper()), index);
    return index;
  }

  /** The shipped corpus, indexed through the real pipeline. */
  static Path shipped(Path work) throws Exception {
    Path index = work.resolve("shipped-index");
    new Indexing(Json.mapper()).run(TestCorpus.copyOfShipped(work.resolve("shipped")), index);
    return index;
  }

  /** An engine on {@code index} opened with the JVM properties {@code properties} set (and cleared after). */
  static SearchEngine open(Path index, Map<String, String> properties) throws Exception {
    properties.forEach(System::setProperty);
    try {
      return Service.openEngine(index, Json.mapper());
    } finally {
      properties.keySet().forEach(System::clearProperty);
    }
  }
}
