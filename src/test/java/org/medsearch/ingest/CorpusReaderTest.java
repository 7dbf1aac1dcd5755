package org.medsearch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.app.Json;
import org.medsearch.model.Problem;
import org.medsearch.model.Topic;

class CorpusReaderTest {
  @TempDir Path dir;
  private final CorpusReader reader = new CorpusReader(Json.mapper());

  private Corpus read() throws IOException {
    return reader.read(dir);
  }

  @Test
  void corrupt_pdf_and_empty_file_are_reported_by_name_and_the_rest_is_read() throws IOException {
    TestCorpus.copyOfShipped(dir.getParent().resolve(dir.getFileName() + "-src"));
    Files.copy(TestCorpus.seed(), dir.resolve(TestCorpus.SEED));
    Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Corpus c = read();
    assertThat(c.files()).isEqualTo(3);
    assertThat(c.topics()).extracting(Topic::id).containsExactly("myoclonus");
    List<Problem> errors = c.problems().stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
    assertThat(errors).extracting(Problem::file).containsExactly("broken.pdf", "empty.txt");
    assertThat(errors.get(0).message()).startsWith("cannot extract text");
    assertThat(errors.get(1).message()).isEqualTo("empty file: nothing to index");
  }

  @Test
  void latin_1_text_is_decoded_by_detection() throws IOException {
    String page = "Ménière's disease is a disorder of the inner ear that causes vertigo; "
        + "patients describe a spinning sensation, tinnitus and a feeling of fullness in the ear.\n";
    Files.write(dir.resolve("meniere.txt"), page.getBytes(Charset.forName("ISO-8859-1")));
    Topic t = read().topics().get(0);
    assertThat(t.title()).isEqualTo("Ménière's disease");
    assertThat(t.sections().get(0).text()).isEqualTo(page.strip());
  }

  @Test
  void utf_16_text_with_a_byte_order_mark_is_decoded() throws IOException {
    String page = "Sjögren’s syndrome is an immune system disorder.\n";
    Files.write(dir.resolve("sjogren.txt"), page.getBytes(StandardCharsets.UTF_16));
    assertThat(read().topics().get(0).title()).isEqualTo("Sjögren’s syndrome");
  }

  @Test
  void html_page_is_read_through_tika_without_its_markup() throws IOException {
    Files.writeString(dir.resolve("gout.html"), "<html><head><title>Gout</title><script>var x=1;</script></head>"
        + "<body><p>Gout is a form of arthritis.</p><p>Basic information: mayo clinic gout</p></body></html>");
    Topic t = read().topics().get(0);
    assertThat(t.title()).isEqualTo("Gout");
    assertThat(t.sections().get(0).text()).isEqualTo("Gout is a form of arthritis.");
    assertThat(t.resources()).isNotEmpty();
  }

  @Test
  void pdf_page_is_read_through_tika() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(50, 700);
        s.showText("Hiccups are repeated involuntary contractions of the diaphragm.");
        s.endText();
      }
      doc.save(dir.resolve("hiccups.pdf").toFile());
    }
    Topic t = read().topics().get(0);
    assertThat(t.title()).isEqualTo("Hiccups");
    assertThat(t.sections().get(0).text()).contains("involuntary contractions of the diaphragm");
  }

  @Test
  void json_topic_without_id_takes_the_file_name() throws IOException {
    Files.writeString(dir.resolve("gout.json"), "{\"title\": \"Gout\", \"sections\": [{\"id\": \"s1\", \"text\": \"Joint pain.\"}]}");
    Topic t = read().topics().get(0);
    assertThat(t.id()).isEqualTo("gout");
    assertThat(t.sections().get(0).text()).isEqualTo("Joint pain.");
  }

  @Test
  void jsonl_line_that_is_not_a_topic_is_reported_with_its_line_and_the_others_are_read() throws IOException {
    Files.writeString(dir.resolve("topics.jsonl"), "{\"id\": \"a\", \"title\": \"A\"}\n{\"id\": \"b\"}\n{broken\n{\"id\": \"c\", \"title\": \"C\"}\n");
    Corpus c = read();
    assertThat(c.topics()).extracting(Topic::id).containsExactly("a", "c");
    assertThat(c.problems()).extracting(Problem::line).containsExactly(2, 3);
    assertThat(c.problems()).extracting(Problem::file).containsOnly("topics.jsonl");
  }

  @Test
  void duplicate_topic_ids_are_reported_and_both_kept() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{\"id\": \"gout\", \"title\": \"Gout\"}");
    Files.writeString(dir.resolve("b.json"), "{\"id\": \"gout\", \"title\": \"Gout again\"}");
    Corpus c = read();
    assertThat(c.topics()).extracting(Topic::id).containsExactly("gout", "gout-2");
    assertThat(c.problems()).extracting(Problem::message)
        .containsExactly("duplicate topic id 'gout' (first in a.json): indexed as 'gout-2'; give each topic its own id");
  }

  @Test
  void csl_json_citations_attach_to_the_topic_named_by_the_file() throws IOException {
    Files.writeString(dir.resolve("gout.json"), "{\"id\": \"gout\", \"title\": \"Gout\"}");
    Files.writeString(dir.resolve("gout.csl.json"), "[{\"type\": \"article-journal\", \"title\": \"Urate lowering\", "
        + "\"author\": [{\"family\": \"Dalbeth\", \"given\": \"N\"}], \"issued\": {\"date-parts\": [[2016]]}}]");
    Topic t = read().topics().get(0);
    assertThat(t.citations()).hasSize(1);
    assertThat(t.citations().get(0).title()).isEqualTo("Urate lowering");
    assertThat(t.citations().get(0).year()).contains(2016);
  }

  @Test
  void citations_for_a_missing_topic_are_reported() throws IOException {
    Files.writeString(dir.resolve("nobody.csl.json"), "[{\"title\": \"Orphan\"}]");
    assertThat(read().problems()).extracting(Problem::message)
        .containsExactly("no topic 'nobody' for these citations: name the file or its folder after a topic id");
  }

  @Test
  void hidden_files_are_skipped() throws IOException {
    Files.writeString(dir.resolve(".DS_Store"), "junk");
    assertThat(read().files()).isZero();
  }
}
