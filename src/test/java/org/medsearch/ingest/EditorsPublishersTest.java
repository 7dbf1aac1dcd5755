package org.medsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.model.Resource;
import org.medsearch.parse.Problems;

class EditorsPublishersTest {
  private static final String PAGE = "Hiccups are sudden contractions of the diaphragm.\n\n"
      + "Basic information: acme health hiccups mayo clinic hiccups\n";

  @TempDir
  Path corpus;

  @Test
  void uses_publishers_from_the_corpus_file_when_reading_the_corpus() throws IOException {
    Files.writeString(corpus.resolve("hiccups.txt"), PAGE, StandardCharsets.UTF_8);
    Files.createDirectories(corpus.resolve(".medsearch"));
    Files.writeString(corpus.resolve(".medsearch/publishers.txt"), "Acme Health | acme health\n", StandardCharsets.UTF_8);
    Corpus read = new CorpusReader(new ObjectMapper()).read(corpus);
    assertThat(read.topics().get(0).resources()).extracting(Resource::source, Resource::title)
        .containsExactly(tuple("Acme Health", "hiccups"), tuple("Mayo Clinic", "hiccups"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.files()).isEqualTo(1);
  }

  @Test
  void uses_publishers_from_the_corpus_file_when_parsing_one_page() throws Exception {
    Path page = corpus.resolve("hiccups.txt");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    Files.createDirectories(corpus.resolve(".medsearch"));
    Files.writeString(corpus.resolve(".medsearch/publishers.txt"), "Acme Health | acme health\n", StandardCharsets.UTF_8);
    Problems problems = new Problems();
    var topics = new CorpusReader(new ObjectMapper()).parseFile(page, "hiccups.txt", problems);
    assertThat(topics.get(0).resources()).extracting(Resource::source).containsExactly("Acme Health", "Mayo Clinic");
  }

  @Test
  void reports_an_unknown_publisher_without_the_corpus_file() throws IOException {
    Files.writeString(corpus.resolve("hiccups.txt"), PAGE, StandardCharsets.UTF_8);
    Corpus read = new CorpusReader(new ObjectMapper()).read(corpus);
    assertThat(read.problems()).extracting(p -> p.file() + ":" + p.line() + ": " + p.message()).containsExactly(
        "hiccups.txt:3: basic: unknown publisher; guessed 'acme health' for 'hiccups'. If right, add it to"
            + " .medsearch/publishers.txt in the corpus");
  }
}
