package org.medsearch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a build ingested, file by file (content hash, topics, problems), kept with the index
 * generation it built. The next build re-reads only files whose hash differs and takes the rest
 * from here, so an incremental rebuild gives exactly what a full one would.
 *
 * <p>{@code format} changes when ingestion or the index's documents change what a file gives;
 * a manifest of another format is not trusted and the build is a full one.
 */
public record Manifest(String format, List<IngestedFile> files) {
  /**
   * Bump when parsing, {@code index.Documents} or the analysis ({@code index.MedicalAnalyzer}) change
   * their output, so that old caches are not reused.
   */
  public static final String FORMAT = "medsearch-manifest-6";
  /** Its file in a generation folder (Lucene leaves files not named like its own alone). */
  public static final String FILE_NAME = "medsearch-manifest.json";

  public Manifest {
    Objects.requireNonNull(format, "format");
    files = files == null ? List.of() : List.copyOf(files);
  }

  public static Manifest of(List<IngestedFile> files) {
    return new Manifest(FORMAT, files);
  }

  /** The manifest kept in {@code generation}, if there is one of the current format. */
  public static Optional<Manifest> read(Path generation, ObjectMapper json) {
    Path file = generation.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Manifest m = json.readValue(file.toFile(), Manifest.class);
      return FORMAT.equals(m.format()) ? Optional.of(m) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // An unreadable cache only costs time: the build re-reads every file.
      return Optional.empty();
    }
  }

  public void write(Path generation, ObjectMapper json) throws IOException {
    json.writeValue(generation.resolve(FILE_NAME).toFile(), this);
  }

  public Map<String, IngestedFile> byName() {
    Map<String, IngestedFile> m = new LinkedHashMap<>();
    files.forEach(f -> m.put(f.name(), f));
    return m;
  }
}
