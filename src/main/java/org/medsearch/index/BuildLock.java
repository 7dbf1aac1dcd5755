package org.medsearch.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rebuild at a time per index folder. An operating-system lock on {@code build.lock}: it is
 * released when its process ends in any way, {@code kill -9} included, so a crashed build never
 * blocks the next one. The file holds the owner's pid, only to say who holds it.
 */
public final class BuildLock implements AutoCloseable {
  static final String FILE = "build.lock";
  /**
   * Roots locked by this JVM. Checked before opening the file, because closing any channel of a
   * file would drop the process's own lock on it (POSIX lock semantics).
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path root;
  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(Path root, FileChannel channel, FileLock lock) {
    this.root = root;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code store}'s folder, or fails at once with who holds it. */
  public static BuildLock acquire(IndexStore store) throws IOException {
    Path root = store.root();
    if (!HELD.add(root)) {
      throw new Busy(root, "this process");
    }
    try {
      Files.createDirectories(root);
      Path file = root.resolve(FILE);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new Busy(root, owner(file));
      }
      String me = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((me + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new BuildLock(root, channel, lock);
    } catch (IOException | RuntimeException e) {
      HELD.remove(root);
      throw e;
    }
  }

  private static String owner(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).strip();
      return s.isEmpty() ? "another process" : s;
    } catch (IOException e) {
      return "another process";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD.remove(root);
    }
  }

  /** Another rebuild of the same index folder is running. */
  public static final class Busy extends IOException {
    private static final long serialVersionUID = 1L;

    Busy(Path root, String owner) {
      super("another rebuild of " + root + " is running (" + owner + "): wait for it to finish and run again");
    }
  }
}
