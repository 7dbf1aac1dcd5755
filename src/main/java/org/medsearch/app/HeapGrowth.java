package org.medsearch.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps G1 from growing the heap at the end of each marking cycle. There the JVM makes room for
 * {@code MinHeapFreeRatio} (40 %) of the heap to be free, counting the young objects of the moment
 * as used: under steady load it grew a 140 MiB heap to 185 MiB that way (and the resident memory
 * with it) with no need for the room. The server lowers the ratio to {@link #RATIO} % unless the
 * command line set it; the heap still grows when collections take too long, as G1 decides after
 * each young collection. {@code -Dmedsearch.min-heap-free-ratio=40} restores the JVM's default.
 */
final class HeapGrowth {
  private static final Logger LOG = LoggerFactory.getLogger(HeapGrowth.class);
  static final int RATIO = 10;
  private static final String FLAG = "MinHeapFreeRatio";

  private HeapGrowth() {}

  /** Sets the ratio unless the command line did; says so where the JVM has no such flag. */
  static void limit() {
    try {
      HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      VMOption option = vm.getVMOption(FLAG);
      if (option.getOrigin() == VMOption.Origin.DEFAULT) {
        int ratio = Integer.getInteger("medsearch.min-heap-free-ratio", RATIO);
        vm.setVMOption(FLAG, String.valueOf(ratio));
      }
    } catch (IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
      LOG.info("cannot set {}: {}", FLAG, e.toString());
    }
  }
}
