package org.medsearch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;

/** The line every benchmark prints first: when, where and with what its figures were measured. */
final class Conditions {
  private Conditions() {}

  static String line(String what) {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "%s, %s, Java %s (%s), %s %s, %d cores, max heap %d MiB, commit %s",
        what, Instant.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
        rt.availableProcessors(), rt.maxMemory() >> 20, commit())
        + "\n  JVM flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  /** The commit of the working tree, with "+changes" when it has uncommitted ones. */
  static String commit() {
    try {
      Process p = new ProcessBuilder("git", "describe", "--always", "--dirty=+changes").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  /** Bytes of all files under {@code dir}. */
  static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
