package org.medsearch.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.medsearch.app.Progress;

/** A build's progress for a person: a progress bar on a terminal, plain lines in logs and pipes. */
final class ProgressDisplay {
  private ProgressDisplay() {}

  /** A bar when the output is a terminal, lines otherwise. */
  static Progress auto(PrintWriter err) {
    return isTerminal() ? new Bar() : new Lines(err);
  }

  /** Java 22+ has a Console even when output is redirected and tells by {@code isTerminal()}; older ones return null. */
  static boolean isTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** me.tongfei:progressbar: files or topics done of total, records so far, rate and time left. */
  static final class Bar implements Progress {
    private ProgressBar bar;

    @Override
    public void start(String phase, long total, String unit) {
      bar = new ProgressBarBuilder().setTaskName(capitalised(phase)).setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1).showSpeed()
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    @Override
    public void update(long done, long records) {
      bar.stepTo(done);
      bar.setExtraMessage(" " + records + " records");
    }

    @Override
    public void end() {
      bar.close();
    }
  }

  /**
   * One line per twentieth of the work and one at the end, e.g.
   * {@code reading: 120/2000 files, 3400 records, 85.0 files/s, about 22 s left}.
   */
  static final class Lines implements Progress {
    private final PrintWriter out;
    private String phase;
    private String unit;
    private long total;
    private long step;
    private long startNanos;

    Lines(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void start(String phase, long total, String unit) {
      this.phase = phase;
      this.unit = unit;
      this.total = total;
      this.step = Math.max(1, total / 20);
      this.startNanos = System.nanoTime();
    }

    @Override
    public void update(long done, long records) {
      if (done % step != 0 && done != total) {
        return;
      }
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      double rate = done / seconds;
      long left = rate > 0 ? Math.round((total - done) / rate) : 0;
      out.printf(Locale.ROOT, "%s: %d/%d %s, %d records, %.1f %s/s, about %d s left%n", phase, done, total, unit,
          records, rate, unit, left);
      out.flush();
    }

    @Override
    public void end() {}
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
