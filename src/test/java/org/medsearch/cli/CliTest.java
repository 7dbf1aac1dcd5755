package org.medsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medsearch.TestCorpus;
import org.medsearch.app.Json;

/** The commands end to end on a temporary corpus and index, as a user runs them. */
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void index_builds_the_index_and_prints_a_summary() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Run r = run("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("topics\\s+1\\n").containsPattern("sections\\s+4\\n")
        .containsPattern("errors\\s+0\\n");
    assertThat(dir.resolve("index/CURRENT")).exists();
  }

  @Test
  void search_prints_ranked_hits_with_marked_snippets() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    run("index", "--corpus", corpus.toString(), "--index", index.toString());
    Run r = run("search", "--index", index.toString(), "--type", "section", "hiccups");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(" 1. section").contains("[myoclonus#s1]").contains("[Hiccups] are a kind of myoclonic jerk");
  }

  @Test
  void search_with_json_prints_the_api_answer() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    run("index", "--corpus", corpus.toString(), "--index", index.toString());
    Run r = run("search", "--index", index.toString(), "--json", "--tier", "basic", "myoclonus");
    JsonNode body = Json.mapper().readTree(r.out());
    assertThat(body.get("hits").get(0).get("tier").asText()).isEqualTo("basic");
  }

  @Test
  void search_with_bad_syntax_is_a_usage_error() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    run("index", "--corpus", corpus.toString(), "--index", index.toString());
    Run r = run("search", "--index", index.toString(), "\"unclosed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unclosed quote");
  }

  @Test
  void search_without_an_index_fails_with_what_to_run() {
    Run r = run("search", "--index", dir.resolve("none").toString(), "hiccups");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: no index in").endsWith("build one with 'index --corpus DIR --index "
        + dir.resolve("none") + "'").doesNotContain("\n");
  }

  @Test
  void parse_prints_the_topic_json_of_one_file() throws Exception {
    Run r = run("parse", TestCorpus.seed().toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode t = Json.mapper().readTree(r.out());
    assertThat(t.get("title").asText()).isEqualTo("Myoclonus");
    assertThat(t.get("reviewed").asText()).isEqualTo("2020-12-24");
    assertThat(t.get("sections")).hasSize(4);
  }

  @Test
  void parse_of_a_missing_file_is_a_one_line_error() {
    Run r = run("parse", dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: no such file:").doesNotContain("\n");
  }

  @Test
  void check_lists_topics_and_problems_and_strict_fails_on_any() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Run lenient = run("check", "--corpus", corpus.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).contains("myoclonus").contains("2 files, 1 topics, 1 warnings, 1 errors");
    assertThat(lenient.err()).contains("empty.txt: error: empty file: nothing to index");
    assertThat(run("check", "--strict", "--corpus", corpus.toString()).code()).isEqualTo(1);
  }

  @Test
  void unknown_option_is_a_usage_error() {
    Run r = run("index", "--nonsense");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--nonsense'");
  }

  @Test
  void missing_corpus_folder_fails_with_exit_code_1() {
    Run r = run("index", "--corpus", dir.resolve("nowhere").toString(), "--index", dir.resolve("i").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: corpus folder not found: pass --corpus DIR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "serve", "search", "parse", "check"})
  void every_command_has_help(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: medsearch " + command);
  }
}
