package org.medsearch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("medsearch.properties"), text);
  }

  @Test
  void defaults_apply_when_nothing_is_set() throws IOException {
    assertThat(Configuration.load(Map.of(), Map.of(), null).settings())
        .isEqualTo(new Settings(Path.of("corpus"), Path.of("index"), "127.0.0.1", 7070, List.of(), null));
  }

  @Test
  void flags_beat_environment_which_beats_the_file() throws IOException {
    Path f = file("port=8001\nhost=0.0.0.0\ncorpus=/srv/pages\nindex=/srv/index\n");
    Settings s = Configuration.load(Map.of("port", "8003"),
        Map.of("MEDSEARCH_PORT", "8002", "MEDSEARCH_HOST", "10.0.0.5"), f).settings();
    assertThat(s.port()).isEqualTo(8003);
    assertThat(s.host()).isEqualTo("10.0.0.5");
    assertThat(s.corpus()).isEqualTo(Path.of("/srv/pages"));
    assertThat(s.index()).isEqualTo(Path.of("/srv/index"));
  }

  @Test
  void the_file_is_found_through_MEDSEARCH_CONFIG() throws IOException {
    Path f = file("cors-origins = https://www.example.org, https://staging.example.org\n"
        + "admin-token = abcdefghijklmnopqrstuvwxyz\n");
    Settings s = Configuration.load(Map.of(), Map.of("MEDSEARCH_CONFIG", f.toString()), null).settings();
    assertThat(s.corsOrigins()).containsExactly("https://www.example.org", "https://staging.example.org");
    assertThat(s.adminToken()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
    assertThat(s.toString()).doesNotContain("abcdefghijklmnopqrstuvwxyz").contains("adminToken=set");
  }

  @Test
  void environment_sets_token_and_origins() throws IOException {
    Settings s = Configuration.load(Map.of(), Map.of("MEDSEARCH_ADMIN_TOKEN", "0123456789abcdef0123",
        "MEDSEARCH_CORS_ORIGINS", "https://a.example"), null).settings();
    assertThat(s.adminToken()).isEqualTo("0123456789abcdef0123");
    assertThat(s.corsOrigins()).containsExactly("https://a.example");
  }

  @Test
  void an_unknown_key_in_the_file_is_named() throws IOException {
    Path f = file("prot=8080\n");
    assertThatThrownBy(() -> Configuration.load(Map.of(), Map.of(), f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown key 'prot' in " + f + ": use corpus, index, host, port, cors-origins, admin-token");
  }

  @Test
  void a_port_that_is_not_a_number_names_where_it_came_from() throws IOException {
    var c = Configuration.load(Map.of(), Map.of("MEDSEARCH_PORT", "http"), null);
    assertThatThrownBy(c::settings).hasMessage("port must be a number between 0 and 65535, was 'http': check --port, "
        + "MEDSEARCH_PORT or the configuration file");
  }

  @Test
  void a_short_admin_token_is_refused_with_how_to_make_one() throws IOException {
    var c = Configuration.load(Map.of(), Map.of("MEDSEARCH_ADMIN_TOKEN", "secret"), null);
    assertThatThrownBy(c::settings).hasMessage("admin token must have at least 16 characters: make one with "
        + "'openssl rand -hex 24'");
  }

  @Test
  void a_missing_configuration_file_is_an_error() {
    assertThatThrownBy(() -> Configuration.load(Map.of(), Map.of(), dir.resolve("nope.properties")))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("configuration file not found");
  }
}
