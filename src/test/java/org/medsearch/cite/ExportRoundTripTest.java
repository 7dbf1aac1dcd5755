package org.medsearch.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.medsearch.app.Json;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.parse.CitationFiles;
import org.medsearch.parse.Problems;

/** Each export format read back by a real parser gives the citation that was written. */
class ExportRoundTripTest {
  static final ObjectMapper JSON = Json.mapper();
  static final String TITLE = "Effects of 5% NaCl & {braces} on C_2 #1 $x$ in Sjögren's syndrome – a ÉTUDE of Łódź";
  static final Citation TRICKY = new Citation(null, "article-journal", TITLE, "Revue Neurologique", "Rev Neurol",
      List.of(Name.person("Müller", "Jürgen"), Name.person("Ødegård", "Åse"), Name.person("O'Brien", "P"),
          Name.literal("World Health Organization")),
      Citation.Issued.ofYear(2019), "175", "3", "123-130", null, "10.1016/j.neurol.2019.01.003", "30712345", null,
      "https://example.org/a?b=1&c=2", false, null);
  /** The same without the organisation, for the readers that take every name for a person. */
  static final Citation PEOPLE = new Citation(null, TRICKY.type(), TRICKY.title(), TRICKY.containerTitle(),
      TRICKY.containerTitleShort(), TRICKY.author().subList(0, 3), TRICKY.issued(), TRICKY.volume(), TRICKY.issue(),
      TRICKY.page(), null, TRICKY.doi(), TRICKY.pmid(), null, TRICKY.url(), false, null);
  static final Citation SECOND = new Citation(null, "article-journal", "Hiccups and the vagus", "The Lancet",
      null, List.of(Name.person("Müller", "Jürgen")), Citation.Issued.ofYear(2019), "1", null, null, "e12", null,
      null, null, null, true, null);

  static String export(ExportFormat format, ExportRecord... records) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CitationWriter w = CitationWriter.open(format, bytes, JSON);
    for (ExportRecord r : records) {
      w.write(r);
    }
    w.finish();
    assertThat(w.count()).isEqualTo(records.length);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  static List<Citation> readBack(String fileName, String text) {
    Problems problems = new Problems();
    List<Citation> read = new CitationFiles(JSON).read(fileName, text, problems);
    assertThat(problems.list()).as(text).isEmpty();
    return read;
  }

  static void assertSameWork(Citation read, Citation written) {
    assertThat(read.title().replace("’", "'")).isEqualTo(written.title());
    assertThat(read.author().stream().map(ExportRoundTripTest::apostrophe).toList()).isEqualTo(written.author());
    assertThat(read.containerTitle()).isEqualTo(written.containerTitle());
    assertThat(read.year()).isEqualTo(written.year());
    assertThat(read.volume()).isEqualTo(written.volume());
    assertThat(read.issue()).isEqualTo(written.issue());
    assertThat(read.page()).isEqualTo(written.page());
    assertThat(read.doi()).isEqualTo(written.doi());
    assertThat(read.url()).isEqualTo(written.url());
  }

  /** BibTeX readers give ' back as ’, as LaTeX prints it. */
  static Name apostrophe(Name n) {
    return n.family() == null ? n : Name.person(n.family().replace("’", "'"), n.given());
  }

  @Test
  void bibtex_escapes_special_characters_and_accents_and_jbibtex_reads_them_back() throws Exception {
    String bib = export(ExportFormat.BIBTEX, new ExportRecord(TRICKY, List.of("myoclonus", "hiccups")));
    assertThat(bib).contains("@article{muller2019effects,")
        .contains("author = {M{\\\"u}ller, J{\\\"u}rgen and Ødegård, Åse and O'Brien, P and {World Health Organization}},")
        .contains("title = {Effects of 5\\% {NaCl} \\& \\{braces\\} on {C\\_2} \\#1 \\$x\\$ in {Sj{\\\"o}gren's} syndrome -- a {{\\'E}TUDE} of {Ł{\\'o}dź}},")
        .contains("pages = {123--130},")
        .contains("keywords = {myoclonus, hiccups},");

    BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(bib));
    BibTeXEntry entry = db.resolveEntry(new Key("muller2019effects"));
    assertThat(entry.getType().getValue()).isEqualTo("article");
    // LaTeX typesets ' as a closing quote, and jbibtex's decoder says so
    assertThat(latex(entry.getField(new Key("title")).toUserString())).isEqualTo(TITLE.replace("'", "’"));
    assertThat(latex(entry.getField(new Key("journal")).toUserString())).isEqualTo("Revue Neurologique");
    assertThat(entry.getField(new Key("doi")).toUserString()).isEqualTo("10.1016/j.neurol.2019.01.003");
  }

  private static String latex(String s) throws Exception {
    return new LaTeXPrinter().print(new LaTeXParser().parse(s));
  }

  /**
   * An organisation is braced in BibTeX ("{World Health Organization}") so that BibTeX does not
   * split it into given and family names; medsearch's own BibTeX reader drops the braces and
   * reads a person, so this round trip leaves the organisation out of the comparison.
   */
  @Test
  void bibtex_round_trips_through_the_bibtex_reader() throws Exception {
    String bib = export(ExportFormat.BIBTEX, new ExportRecord(PEOPLE, List.of()), new ExportRecord(SECOND, List.of()));
    List<Citation> read = readBack("x.bib", bib);
    assertThat(read).hasSize(2);
    assertSameWork(read.get(0), PEOPLE);
    assertThat(read.get(1).number()).isEqualTo("e12");
    assertThat(read.get(1).etAl()).isTrue();
  }

  /**
   * RIS writes an organisation as a name without a comma ("AU  - World Health Organization"), as
   * EndNote and Zotero expect; medsearch's own RIS reader takes such a name for a person, so this
   * round trip too leaves the organisation out of the comparison.
   */
  @Test
  void ris_round_trips_through_the_ris_reader() throws Exception {
    Citation people = PEOPLE;
    assertThat(export(ExportFormat.RIS, new ExportRecord(TRICKY, List.of()))).contains("AU  - World Health Organization\r\n");
    String ris = export(ExportFormat.RIS, new ExportRecord(people, List.of("myoclonus")), new ExportRecord(SECOND, List.of()));
    assertThat(ris).startsWith("TY  - JOUR\r\nID  - muller2019effects\r\nAU  - Müller, Jürgen\r\n")
        .contains("SP  - 123\r\nEP  - 130\r\n").contains("KW  - myoclonus\r\nER  - \r\n");
    List<Citation> read = readBack("x.ris", ris);
    assertThat(read).hasSize(2);
    assertSameWork(read.get(0), people);
    assertThat(ris).contains("T2  - Revue Neurologique\r\nJ2  - Rev Neurol\r\n");
    assertThat(read.get(0).pmid()).isEqualTo("30712345");
  }

  @Test
  void csl_json_is_read_by_citeproc_java_and_round_trips_through_the_csl_json_reader() throws Exception {
    String json = export(ExportFormat.CSL_JSON, new ExportRecord(TRICKY, List.of("myoclonus")), new ExportRecord(SECOND, List.of()));
    List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
    assertThat(items).hasSize(2);
    @SuppressWarnings("unchecked")
    CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));
    assertThat(item.getId()).isEqualTo("muller2019effects");
    assertThat(item.getTitle()).isEqualTo(TITLE);
    assertThat(item.getAuthor()[1].getFamily()).isEqualTo("Ødegård");
    assertThat(item.getAuthor()[3].getLiteral()).isEqualTo("World Health Organization");
    assertThat(item.getKeyword()).isEqualTo("myoclonus");

    List<Citation> read = readBack("x.csl.json", json);
    assertSameWork(read.get(0), TRICKY);
    JsonNode tree = JSON.readTree(json);
    assertThat(tree.get(1).get("id").asText()).isEqualTo("muller2019hiccups");
    assertThat(tree.get(1).has("et-al")).isFalse();
  }

  @Test
  void keys_repeat_with_a_letter_within_one_export() throws Exception {
    String bib = export(ExportFormat.BIBTEX, new ExportRecord(SECOND, List.of()), new ExportRecord(SECOND, List.of()),
        new ExportRecord(SECOND, List.of()));
    assertThat(bib).contains("{muller2019hiccups,").contains("{muller2019hiccupsa,").contains("{muller2019hiccupsb,");
  }

  @Test
  void lower_case_citations_are_exported_with_capitalised_names_and_title() throws Exception {
    Citation lower = new Citation(null, null, "late-onset myoclonic epilepsy", "Annals of Indian Academy of Neurology",
        null, List.of(Name.person("van ruissen", "f"), Name.person("o'brien", "c. b.")), Citation.Issued.ofYear(2016),
        null, null, null, null, null, null, null, null, false, null);
    String ris = export(ExportFormat.RIS, new ExportRecord(lower, List.of()));
    assertThat(ris).contains("AU  - van Ruissen, F\r\nAU  - O'Brien, C. B.\r\nTI  - Late-onset myoclonic epilepsy\r\n");
  }
}
