package org.medsearch.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the C heap's free memory back to the system now and then, as {@code jcmd PID
 * System.trim_native_heap} does: the JIT compilers work in large scratch arenas that glibc keeps
 * after they are freed, 30-40 MiB of a server's resident memory once its code is compiled. The
 * JVM's own {@code -XX:TrimNativeHeapInterval} does the same, but it is a launch flag that not
 * every Java 17 has; this needs none. Where the JVM cannot trim (not glibc, an old JVM) it does
 * nothing and says so once.
 */
public final class NativeHeapTrim implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NativeHeapTrim.class);
  /** The diagnostic command's name as the platform's DiagnosticCommand MBean exposes it. */
  private static final String OPERATION = "systemTrimNativeHeap";
  /** How often, by default; the system property {@code medsearch.trim-native-seconds} overrides it, 0 turns it off. */
  public static final Duration EVERY = Duration.ofSeconds(30);

  private final ScheduledExecutorService timer;

  private NativeHeapTrim(Duration every) {
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "medsearch-native-trim");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(NativeHeapTrim::trimQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Trims every {@code every} from now on, if this JVM can; empty when it cannot or {@code every} is zero. */
  public static Optional<NativeHeapTrim> start(Duration every) {
    if (every.isZero() || every.isNegative()) {
      return Optional.empty();
    }
    if (!available()) {
      LOG.info("this JVM cannot trim its native heap (System.trim_native_heap): resident memory stays as glibc leaves it");
      return Optional.empty();
    }
    return Optional.of(new NativeHeapTrim(every));
  }

  /** The interval of the system property {@code medsearch.trim-native-seconds}, or {@link #EVERY}. */
  public static Duration configured() {
    String s = System.getProperty("medsearch.trim-native-seconds");
    if (s == null || s.isBlank()) {
      return EVERY;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("medsearch.trim-native-seconds must be a whole number of seconds, was '" + s + "'");
    }
  }

  /** Whether this JVM has the trim command. */
  public static boolean available() {
    try {
      return Arrays.stream(server().getMBeanInfo(name()).getOperations()).anyMatch(o -> o.getName().equals(OPERATION));
    } catch (JMException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Trims once and returns what the JVM reports, e.g. {@code Trim native heap: RSS+Swap:
   * 207M->191M (-16084K)}; the report says so where the platform cannot trim.
   */
  public static String trim() throws JMException {
    Object out = server().invoke(name(), OPERATION, new Object[] {new String[0]}, new String[] {String[].class.getName()});
    return String.valueOf(out).strip();
  }

  private static void trimQuietly() {
    try {
      LOG.debug("{}", trim());
    } catch (JMException | RuntimeException e) {
      LOG.warn("trimming the native heap failed: {}", e.toString());
    }
  }

  private static MBeanServer server() {
    return ManagementFactory.getPlatformMBeanServer();
  }

  private static ObjectName name() throws JMException {
    return new ObjectName("com.sun.management:type=DiagnosticCommand");
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
