package org.medsearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An index folder holds generations ({@code gen-000001}, {@code gen-000002}, ...) and a
 * {@code CURRENT} file naming the one being served. A rebuild writes a new generation and then
 * replaces {@code CURRENT} with an atomic rename, so readers never see a half-built index and a
 * crash mid-build leaves the served generation as it was.
 */
public final class IndexStore {
  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The generation being served, if any has been published. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    Path dir = root.resolve(name);
    return name.startsWith(PREFIX) && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** A new, empty folder for the next generation. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream().mapToInt(IndexStore::number).max().orElse(0) + 1;
    Path dir = root.resolve(String.format(java.util.Locale.ROOT, "%s%06d", PREFIX, next));
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * Makes {@code generation} the served one, atomically, and removes generations older than the
   * one it replaces. Returns the generations that could not be removed yet (a later publish retries).
   */
  public List<Path> publish(Path generation) throws IOException {
    Optional<Path> previous = current();
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
    // Keep the replaced generation: a running server may still read it until it refreshes.
    List<Path> left = new ArrayList<>();
    for (Path old : generations()) {
      if (!old.equals(generation) && !previous.map(old::equals).orElse(false)) {
        try {
          deleteTree(old);
        } catch (IOException e) {
          // Still open somewhere (Windows keeps open files): the next publish tries again.
          left.add(old);
        }
      }
    }
    return left;
  }

  /**
   * Clears what a crashed or killed build left: generations newer than the served one (never
   * published) and a half-written {@code CURRENT.tmp}. Call it only while holding the
   * {@link BuildLock}. Returns the removed generations.
   */
  public List<Path> recover() throws IOException {
    Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    int served = current().map(IndexStore::number).orElse(0);
    List<Path> removed = new ArrayList<>();
    for (Path g : generations()) {
      if (number(g) > served) {
        deleteTree(g);
        removed.add(g);
      }
    }
    return removed;
  }

  private static int number(Path generation) {
    return Integer.parseInt(generation.getFileName().toString().substring(PREFIX.length()));
  }

  /** Removes a generation that was never published (a failed build). */
  public void discard(Path generation) throws IOException {
    deleteTree(generation);
  }

  /** Every generation folder, oldest first. */
  List<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+") && Files.isDirectory(p))
          .sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
