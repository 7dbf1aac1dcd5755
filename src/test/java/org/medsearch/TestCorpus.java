package org.medsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The shipped corpus and its seed page, copied into temporary folders for tests. */
public final class TestCorpus {
  public static final String SEED = "000_e00648446235eaa8.txt";

  private TestCorpus() {}

  /** The project's corpus folder (tests run with the project root as working directory). */
  public static Path shipped() {
    return Path.of("corpus").toAbsolutePath();
  }

  public static Path seed() {
    return shipped().resolve(SEED);
  }

  public static String seedText() {
    try {
      return Files.readString(seed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh corpus folder under {@code dir} holding the seed page. */
  public static Path copyOfShipped(Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(seed(), corpus.resolve(SEED), StandardCopyOption.REPLACE_EXISTING);
    return corpus;
  }

  /** Writes a one-section topic as {@code <id>.json} in {@code corpus}. */
  public static Path writeTopic(Path corpus, String id, String title, String text) throws IOException {
    String json = "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"sections\": [{\"id\": \"s1\", \"text\": \""
        + text + "\"}]}";
    return Files.writeString(corpus.resolve(id + ".json"), json);
  }
}
