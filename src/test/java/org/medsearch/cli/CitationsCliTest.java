package org.medsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;

/** {@code citations}: fielded search and exports from the command line, on the shipped corpus. */
class CitationsCliTest {
  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void build() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(dir);
    index = dir.resolve("index").toString();
    CliTest.Run r = CliTest.run("index", "--corpus", corpus.toString(), "--index", index);
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void author_sharma_as_bibtex_prints_the_three_entries() throws Exception {
    CliTest.Run r = CliTest.run("citations", "--index", index, "--author", "sharma", "--format", "bibtex");
    assertThat(r.code()).as(r.err()).isZero();
    BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(r.out()));
    assertThat(db.getEntries().keySet()).extracting(k -> k.getValue())
        .containsExactly("sharma2016lateonset", "jain2016myoclonusdystonia", "sharma2014autosomal");
  }

  @Test
  void text_lists_references_with_their_topics_and_facets() {
    CliTest.Run r = CliTest.run("citations", "--index", index, "--year", "2014", "journal:\"ann indian acad neurol\"");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("2 works (")
        .contains(" 1. Sharma CM, Nath K, Kumawat BL, Khandelwal D. Autosomal dominant cortical tremor")
        .contains("    cited on: myoclonus\n")
        .contains("year: 2016 1, 2014 2\n"); // the year facet ignores the year filter
  }

  @Test
  void style_apa_formats_in_apa() {
    CliTest.Run r = CliTest.run("citations", "--index", index, "--style", "apa", "--doi", "10.1155/2014/545490");
    assertThat(r.out()).contains(" 1. Laroumagne, S., Elharrar, X., & Coiffard, B. (2014).");
  }

  @Test
  void a_syntax_error_is_bad_usage_with_its_position() {
    CliTest.Run r = CliTest.run("citations", "--index", index, "author:sharma", "year:20x4");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("query syntax error at position 20: '20x4' is not a year");
  }

  @Test
  void an_unknown_format_is_bad_usage() {
    CliTest.Run r = CliTest.run("citations", "--index", index, "--format", "endnote");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("unknown --format 'endnote': use text, json, csl-json, bibtex, ris");
  }
}
