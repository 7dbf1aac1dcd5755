package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
