package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;

class NativeHeapTrimTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty("medsearch.trim-native-seconds");
  }

  @Test
  void trimming_reports_the_resident_memory_before_and_after() throws Exception {
    // CI and the servers run on Linux with glibc, where Java 17.0.9 and later can trim.
    assertThat(NativeHeapTrim.available()).isTrue();
    assertThat(NativeHeapTrim.trim()).matches("(?s)Trim native heap: RSS\\+Swap: \\S+->\\S+ \\(.*\\)");
  }

  private static boolean trimThreadRuns() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("medsearch-native-trim") && t.isAlive());
  }

  @Test
  void the_server_trims_while_it_serves_and_stops_trimming_when_closed(@TempDir Path work) throws Exception {
    System.setProperty("medsearch.trim-native-seconds", "1");
    try (TestServer server = TestServer.start(TestCorpus.copyOfShipped(work), work)) {
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!trimThreadRuns() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(trimThreadRuns()).as("the trim timer runs beside the server").isTrue();
      assertThat(server.get("/api/search?q=myoclonus").status()).isEqualTo(200);
      // and G1 no longer grows the heap at the end of marking cycles for room it does not need
      assertThat(java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
          .getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(String.valueOf(HeapGrowth.RATIO));
    }
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (trimThreadRuns() && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    assertThat(trimThreadRuns()).isFalse();
  }

  @Test
  void a_started_trim_stops_on_close() {
    try (NativeHeapTrim trim = NativeHeapTrim.start(Duration.ofSeconds(1)).orElseThrow()) {
      assertThat(trim).isNotNull();
    }
  }

  @Test
  void zero_seconds_turns_trimming_off() {
    System.setProperty("medsearch.trim-native-seconds", "0");
    assertThat(NativeHeapTrim.start(NativeHeapTrim.configured())).isEmpty();
  }

  @Test
  void the_interval_defaults_to_half_a_minute() {
    assertThat(NativeHeapTrim.configured()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void an_interval_that_is_not_a_number_is_refused_with_its_value() {
    System.setProperty("medsearch.trim-native-seconds", "often");
    assertThatThrownBy(NativeHeapTrim::configured).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medsearch.trim-native-seconds must be a whole number of seconds, was 'often'");
  }
}
