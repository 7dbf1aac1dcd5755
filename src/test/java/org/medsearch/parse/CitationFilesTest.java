package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Problem;

/** Every format gives the same CSL item for the same article. */
class CitationFilesTest {
  private final CitationFiles files = new CitationFiles(new ObjectMapper());

  private static List<Object> fields(Citation c) {
    return Arrays.asList(c.title(), c.containerTitle(), c.containerTitleShort(), c.year().orElse(null), c.volume(),
        c.issue(), c.page(), c.doi(), c.pmid());
  }

  private static final List<Object> SHARMA = Arrays.asList(
      "Autosomal dominant cortical tremor, myoclonus, and epilepsy (ADCME): probable first family from India",
      "Annals of Indian Academy of Neurology", "Ann Indian Acad Neurol", 2014, "17", "4", "433-436",
      "10.4103/0972-2327.144013", null);

  @Test
  void reads_bibtex_with_latex_accents_and_double_dash_pages() {
    Problems problems = new Problems();
    List<Citation> got = files.read("refs.bib", """
        @article{sharma2014,
          author  = {Sharma, Chandra Mohan and Nath, Kamal and M{\\"u}ller, J. and others},
          title   = {Autosomal dominant cortical tremor, myoclonus, and epilepsy ({ADCME}): probable first family from India},
          journal = {Ann Indian Acad Neurol},
          year    = 2014, volume = {17}, number = {4}, pages = {433--6},
          doi     = {10.4103/0972-2327.144013}
        }
        """, problems);
    assertThat(got).hasSize(1);
    assertThat(fields(got.get(0))).containsExactlyElementsOf(SHARMA);
    assertThat(got.get(0).author()).containsExactly(Name.person("Sharma", "Chandra Mohan"), Name.person("Nath", "Kamal"),
        Name.person("Müller", "J."));
    assertThat(got.get(0).etAl()).isTrue();
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void reads_ris_with_start_and_end_pages() {
    Problems problems = new Problems();
    List<Citation> got = files.read("refs.ris", """
        TY  - JOUR
        AU  - Sharma, C. M.
        AU  - Nath, K.
        TI  - Autosomal dominant cortical tremor, myoclonus, and epilepsy (ADCME): probable first family from India
        JO  - Ann Indian Acad Neurol
        PY  - 2014
        VL  - 17
        IS  - 4
        SP  - 433
        EP  - 436
        DO  - 10.4103/0972-2327.144013
        ER  -\s
        """, problems);
    assertThat(got).hasSize(1);
    assertThat(fields(got.get(0))).containsExactlyElementsOf(SHARMA);
    assertThat(got.get(0).author()).extracting(AuthorNames::key).containsExactly("sharma cm", "nath k");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void reads_medline_nbib_with_continuation_lines_and_doi_ids() {
    Problems problems = new Problems();
    List<Citation> got = files.read("pubmed.nbib", """
        PMID- 25506165
        TI  - Autosomal dominant cortical tremor, myoclonus, and epilepsy (ADCME): probable
              first family from India
        FAU - Sharma, Chandra Mohan
        AU  - Sharma CM
        FAU - Nath, Kamal
        AU  - Nath K
        LID - 10.4103/0972-2327.144013 [doi]
        DP  - 2014 Oct
        TA  - Ann Indian Acad Neurol
        JT  - Annals of Indian Academy of Neurology
        VI  - 17
        IP  - 4
        PG  - 433-6

        PMID- 1
        TI  - Second record
        TA  - Neurology
        DP  - 2001
        """, problems);
    assertThat(got).hasSize(2);
    List<Object> expected = new java.util.ArrayList<>(SHARMA);
    expected.set(8, "25506165");
    assertThat(fields(got.get(0))).containsExactlyElementsOf(expected);
    assertThat(got.get(0).issued().dateParts()).containsExactly(List.of(2014, 10));
    assertThat(got.get(0).author()).extracting(AuthorNames::key).containsExactly("sharma cm", "nath k");
    assertThat(got.get(1).title()).isEqualTo("Second record");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void reads_csl_json_and_normalises_doi_journal_and_pages() {
    Problems problems = new Problems();
    List<Citation> got = files.read("refs.csl.json", """
        [{"id": "s1", "type": "article-journal",
          "title": "Autosomal dominant cortical tremor, myoclonus, and epilepsy (ADCME): probable first family from India",
          "container-title": "Ann Indian Acad Neurol", "author": [{"family": "Sharma", "given": "C M"}],
          "issued": {"date-parts": [[2014]]}, "volume": "17", "issue": "4", "page": "433-6",
          "DOI": "https://doi.org/10.4103/0972-2327.144013"}]
        """, problems);
    assertThat(got).hasSize(1);
    assertThat(fields(got.get(0))).containsExactlyElementsOf(SHARMA);
    assertThat(got.get(0).id()).isEqualTo("s1");
    assertThat(problems.list()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "refs.bib | @article{x, title = {Unclosed",
      "refs.ris | not a ris line at all",
      "refs.nbib | just some words",
      "refs.csl.json | [{\"title\": ",
      "refs.csl.json | 42"})
  void reports_malformed_files_without_throwing(String name, String text) {
    Problems problems = new Problems();
    assertThatCode(() -> files.read(name, text, problems)).doesNotThrowAnyException();
    assertThat(problems.list()).isNotEmpty();
  }

  @Test
  void reports_a_ris_record_without_its_closing_line_and_reads_it_anyway() {
    Problems problems = new Problems();
    List<Citation> got = files.read("refs.ris", "TY  - JOUR\nTI  - Open ended\nPY  - 2001\n", problems);
    assertThat(got).extracting(Citation::title).containsExactly("Open ended");
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "RIS: record has no closing ER line; read it anyway");
  }

  @Test
  void reports_and_drops_a_value_that_is_not_a_doi() {
    Problems problems = new Problems();
    List<Citation> got = files.read("refs.bib", "@article{k, title={T}, doi={not-a-doi}}", problems);
    assertThat(got.get(0).doi()).isNull();
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "BibTeX entry k: 'not-a-doi' is not a DOI (a DOI reads '10.NNNN/suffix'); left out");
  }
}
