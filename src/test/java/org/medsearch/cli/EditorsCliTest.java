package org.medsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.app.Json;

/** {@code index} and {@code check} as editors run them: progress, report, problems, configuration. */
class EditorsCliTest {
  @TempDir Path dir;

  static CliTest.Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  static CliTest.Run run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void index_without_a_terminal_prints_plain_progress_lines() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout is a form of arthritis.");
    CliTest.Run r = run("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().filter(l -> l.startsWith("reading:") || l.startsWith("writing:")).toList()).hasSize(4)
        .anyMatch(l -> l.matches("reading: 1/2 files, 38 records, [0-9.]+ files/s, about \\d+ s left"))
        .anyMatch(l -> l.matches("reading: 2/2 files, 40 records, [0-9.]+ files/s, about 0 s left"))
        .anyMatch(l -> l.matches("writing: 2/2 topics, 40 records, [0-9.]+ topics/s, about 0 s left"));
  }

  @Test
  void index_ends_with_the_summary_table() throws Exception {
    // A structured topic, so that the figures do not move with the page layout heuristics.
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("gout.json"), """
        {"id": "gout", "title": "Gout",
         "sections": [{"id": "s1", "text": "Gout is a form of arthritis."}, {"id": "s2", "text": "It hurts."}],
         "resources": [{"tier": "basic", "title": "Gout", "source": "Mayo Clinic"},
                       {"tier": "basic", "title": "Gout", "source": "NHS"},
                       {"tier": "video", "title": "Gout explained"}],
         "citations": [{"title": "Gout and diet"}]}
        """);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    CliTest.Run r = run("index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(r.out().replaceFirst("time +[0-9.]+ s\\n$", "time")).isEqualTo("""
        full build published as gen-000001
        files                         2
          read                        2
          unchanged                   0
          removed                     0
        topics                        1
          written                     1
          deleted                     0
        sections                      2
        resources basic               2
        resources advanced            0
        resources other               0
        resources support             0
        resources video               1
        resources presentation        0
        citations                     1
        records indexed               7
        warnings                      0
        errors                        1
        time""");
    assertThat(r.err()).contains("empty.txt: error: empty file: nothing to index\n");
  }

  @Test
  void index_after_touching_one_file_reads_just_that_file() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    TestCorpus.writeTopic(corpus, "gout", "Gout", "Gout is a form of arthritis.");
    String index = dir.resolve("index").toString();
    run("index", "--corpus", corpus.toString(), "--index", index);
    Files.writeString(corpus.resolve("gout.json"), Files.readString(corpus.resolve("gout.json")).replace("form", "kind"));
    CliTest.Run r = run("index", "--json", "--corpus", corpus.toString(), "--index", index);
    JsonNode report = Json.mapper().readTree(r.out());
    assertThat(report.get("files").toString()).isEqualTo("{\"total\":2,\"read\":1,\"unchanged\":1,\"removed\":0}");
    assertThat(report.get("generation").asText()).isEqualTo("gen-000002");
  }

  @Test
  void index_full_reads_every_file() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    String index = dir.resolve("index").toString();
    run("index", "--corpus", corpus.toString(), "--index", index);
    CliTest.Run r = run("index", "--full", "--json", "--corpus", corpus.toString(), "--index", index);
    assertThat(Json.mapper().readTree(r.out()).get("files").get("read").asInt()).isEqualTo(1);
  }

  @Test
  void check_lists_every_problem_by_file_and_line_and_strict_fails() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Files.writeString(corpus.resolve("gout.txt"), """
        Gout is a form of inflammatory arthritis with attacks of a red, tender, hot and swollen joint.

        Basic information:
        mayo clinic gout

        Frequently asked questions:
        what is gout

        Some stray text here.
        """);
    TestCorpus.writeTopic(corpus, "myoclonus", "Myoclonus again", "A second page with the same id.");
    Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    CliTest.Run r = run("check", "--corpus", corpus.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("5 files, 3 topics, 6 warnings, 2 errors\n");
    assertThat(r.err().lines().map(l -> l.replaceFirst(": known headings are .*", ": known headings are ...")))
        .containsExactly(
            TestCorpus.SEED + ":37: warning: support: no known publisher in 'study finds high levels of misdiagnosis"
                + " in juvenile myoclonic epilepsy'; kept as one resource with no source. Add its publisher to"
                + " .medsearch/publishers.txt in the corpus",
            "broken.pdf: error: cannot extract text (Missing root object specification in trailer.)",
            "empty.txt: error: empty file: nothing to index",
            "gout.txt:6: warning: unknown section heading 'Frequently asked questions': known headings are ...",
            "gout.txt:6: warning: basic: no known publisher in 'Frequently asked questions: what is gout'; kept as one"
                + " resource with no source. Add its publisher to .medsearch/publishers.txt in the corpus",
            "gout.txt:9: warning: text outside any block, kept with the basic block",
            "gout.txt:9: warning: basic: no known publisher in 'Some stray text here'; kept as one resource with no"
                + " source. Add its publisher to .medsearch/publishers.txt in the corpus",
            "myoclonus.json: warning: duplicate topic id 'myoclonus' (first in " + TestCorpus.SEED
                + "): indexed as 'myoclonus-2'; give each topic its own id");
    assertThat(run("check", "--strict", "--corpus", corpus.toString()).code()).isEqualTo(1);
  }

  @Test
  void settings_come_from_the_environment_and_a_configuration_file() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path config = Files.writeString(dir.resolve("medsearch.properties"),
        "corpus=" + corpus + "\nindex=" + dir.resolve("from-file") + "\n");
    CliTest.Run fromFile = run("index", "--config", config.toString());
    assertThat(fromFile.code()).as(fromFile.err()).isZero();
    assertThat(dir.resolve("from-file/CURRENT")).exists();

    CliTest.Run fromEnv = run(Map.of("MEDSEARCH_CONFIG", config.toString(), "MEDSEARCH_INDEX",
        dir.resolve("from-env").toString()), "index");
    assertThat(fromEnv.code()).as(fromEnv.err()).isZero();
    assertThat(dir.resolve("from-env/CURRENT")).exists();

    CliTest.Run fromFlag = run(Map.of("MEDSEARCH_CONFIG", config.toString(), "MEDSEARCH_INDEX",
        dir.resolve("from-env").toString()), "index", "--index", dir.resolve("from-flag").toString());
    assertThat(fromFlag.code()).as(fromFlag.err()).isZero();
    assertThat(dir.resolve("from-flag/CURRENT")).exists();
  }

  @Test
  void a_bad_configuration_value_is_a_usage_error_in_one_line() throws Exception {
    CliTest.Run r = run(Map.of("MEDSEARCH_PORT", "http"), "serve");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("port must be a number between 0 and 65535, was 'http': check --port, "
        + "MEDSEARCH_PORT or the configuration file\n");
  }

  @Test
  void a_corpus_without_any_topic_publishes_nothing_and_says_why() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    run("index", "--corpus", corpus.toString(), "--index", index.toString());
    Files.delete(corpus.resolve(TestCorpus.SEED));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    CliTest.Run r = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).endsWith("empty.txt: error: empty file: nothing to index\nerror: no topic found in " + corpus
        + " (1 files, 1 errors): nothing was published and the served index is unchanged; fix the problems listed above\n");
    assertThat(Files.readString(index.resolve("CURRENT")).strip()).isEqualTo("gen-000001");
  }
}
