package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Problem;

class CitationParserTest {
  private final CitationParser parser = new CitationParser();

  private Citation parse(String text) {
    return parser.parse(text, 1, new Problems());
  }

  private static List<Object> fields(Citation c) {
    return java.util.Arrays.asList(c.title(), c.containerTitle(), c.containerTitleShort(), c.year().orElse(null),
        c.volume(), c.issue(), c.page(), c.number(), c.doi(), c.pmid(), c.pmcid());
  }

  @Test
  void splits_two_citations_joined_by_available_from() {
    List<Citation> got = parser.parseBlock("smith j. one title. neurology 2001;5:1-2. available from: "
        + "doe j. two title. brain 2002;6:3-4.", 4, new Problems());
    assertThat(got).extracting(Citation::title).containsExactly("one title", "two title");
  }

  @Test
  void gives_a_url_after_available_from_to_the_citation_before_it() {
    List<Citation> got = parser.parseBlock("Rao SC. Opsoclonus in a child. Indian Pediatr 2010;47:987-8. "
        + "Available from: http://www.indianpediatrics.net/nov2010/987.pdf Doe J. Next one. Brain. 2002;6:3-4.",
        1, new Problems());
    assertThat(got).extracting(Citation::url, Citation::title).containsExactly(
        tuple("http://www.indianpediatrics.net/nov2010/987.pdf", "Opsoclonus in a child"), tuple(null, "Next one"));
  }

  @Test
  void reads_vancouver_with_month_issue_and_short_pages() {
    Citation c = parse("Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in HIV-infected patients. "
        + "N Engl J Med. 2002 Jul 25;347(4):284-7.");
    assertThat(fields(c)).containsExactly("Solid-organ transplantation in HIV-infected patients",
        "The New England Journal of Medicine", "N Engl J Med", 2002, "347", "4", "284-287", null, null, null, null);
    assertThat(c.issued().dateParts()).containsExactly(List.of(2002, 7, 25));
    assertThat(c.author()).containsExactly(Name.person("Halpern", "S D"), Name.person("Ubel", "P A"),
        Name.person("Caplan", "A L"));
  }

  @Test
  void reads_icmje_with_pmid_pmcid_and_doi() {
    Citation c = parse("Zutt R, Dijk JM, et al. Distribution of myoclonus and dystonia. Front Neurol. 2016 May 2;7:72. "
        + "doi: 10.3389/fneur.2016.00072. PMID: 27199895; PMCID: PMC4853373.");
    assertThat(fields(c)).containsExactly("Distribution of myoclonus and dystonia", "Frontiers in Neurology",
        "Front Neurol", 2016, "7", null, "72", null, "10.3389/fneur.2016.00072", "27199895", "PMC4853373");
    assertThat(c.etAl()).isTrue();
  }

  @Test
  void reads_ama_with_full_pages_and_an_upper_case_doi() {
    Citation c = parse("Roze E, Bounolleau P, Ducreux D, et al. Propriospinal myoclonus revisited. Neurology. "
        + "2009;72(15):1301-1309. doi:10.1212/WNL.0b013e3181a0fd50");
    assertThat(fields(c)).containsExactly("Propriospinal myoclonus revisited", "Neurology", "Neurology", 2009, "72",
        "15", "1301-1309", null, "10.1212/wnl.0b013e3181a0fd50", null, null);
  }

  @Test
  void reads_an_epub_ahead_of_print_item_without_volume() {
    Citation c = parse("Latorre A, Rocchi L. Rethinking cortical myoclonus. Clin Neurophysiol. 2023 Jun 12. "
        + "doi: 10.1016/j.clinph.2023.05.010. Epub ahead of print. PMID: 37321948.");
    assertThat(fields(c)).containsExactly("Rethinking cortical myoclonus", "Clinical Neurophysiology",
        "Clin Neurophysiol", 2023, null, null, null, null, "10.1016/j.clinph.2023.05.010", "37321948", null);
  }

  @Test
  void reads_apa_with_ampersand_and_doi_url() {
    Citation c = parse("Caviness, J. N., & Brown, P. (2004). Myoclonus: Current concepts and recent advances. "
        + "The Lancet Neurology, 3(10), 598–607. https://doi.org/10.1016/S1474-4422(04)00880-4");
    assertThat(fields(c)).containsExactly("Myoclonus: Current concepts and recent advances", "The Lancet. Neurology",
        "Lancet Neurol", 2004, "3", "10", "598-607", null, "10.1016/s1474-4422(04)00880-4", null, null);
    assertThat(c.author()).containsExactly(Name.person("Caviness", "J. N."), Name.person("Brown", "P."));
  }

  @Test
  void reads_harvard_with_quoted_title_and_pp() {
    Citation c = parse("Shibasaki, H. and Hallett, M. (2005) 'Electrophysiological studies of myoclonus', "
        + "Muscle & Nerve, 31(2), pp. 157–174.");
    assertThat(fields(c)).containsExactly("Electrophysiological studies of myoclonus", "Muscle & Nerve",
        "Muscle Nerve", 2005, "31", "2", "157-174", null, null, null, null);
  }

  @Test
  void reads_hindawi_article_id_and_ignores_the_page_count() {
    Citation c = parse("A. Kumar, R. Singh, and P. Gupta, “Spinal segmental myoclonus,” Case Reports in Medicine, "
        + "vol. 2015, Article ID 492341, 3 pages, 2015. doi:10.1155/2015/492341");
    assertThat(fields(c)).containsExactly("Spinal segmental myoclonus", "Case Reports in Medicine", "Case Rep Med",
        2015, "2015", null, null, "492341", "10.1155/2015/492341", null, null);
    assertThat(c.author()).extracting(AuthorNames::key).containsExactly("kumar a", "singh r", "gupta p");
  }

  @Test
  void reads_ieee_with_volume_number_and_pp() {
    Citation c = parse("S. Ahmed and T. Brown, \"Automatic detection of myoclonic jerks,\" IEEE Trans. Biomed. Eng., "
        + "vol. 64, no. 9, pp. 2101-2110, Sep. 2017.");
    assertThat(fields(c)).containsExactly("Automatic detection of myoclonic jerks", "IEEE Trans. Biomed. Eng", null,
        2017, "64", "9", "2101-2110", null, null, null, null);
  }

  @Test
  void reads_a_frontiers_web_banner() {
    Citation c = parse("review article front. neurol., 15 march 2019 | cortical myoclonus: a review by anna latorre "
        + "and lorenzo rocchi,");
    assertThat(fields(c)).containsExactly("cortical myoclonus: a review", "Frontiers in Neurology", "Front Neurol",
        2019, null, null, null, null, null, null, null);
    assertThat(c.author()).containsExactly(Name.person("latorre", "anna"), Name.person("rocchi", "lorenzo"));
  }

  @Test
  void unglues_year_and_volume_from_the_journal_name() {
    Citation c = parse("negative myoclonus in uremia by ana p costa et al., bmc nephrology201213:88");
    assertThat(fields(c)).containsExactly("negative myoclonus in uremia", "bmc nephrology", null, 2012, "13", null,
        "88", null, null, null, null);
    assertThat(c.etAl()).isTrue();
  }

  @Test
  void reads_frontiers_citation_form_with_volume_colon_article() {
    Citation c = parse("Caviness JN (2014) Myoclonus. Front. Neurol. 5:117. doi: 10.3389/fneur.2014.00117");
    assertThat(fields(c)).containsExactly("Myoclonus", "Frontiers in Neurology", "Front Neurol", 2014, "5", null,
        "117", null, "10.3389/fneur.2014.00117", null, null);
  }

  @Test
  void reports_an_unrecognised_citation_and_keeps_its_text() {
    Problems problems = new Problems();
    Citation c = parser.parse("see the leaflet from the clinic", 9, problems);
    assertThat(c.raw()).isEqualTo("see the leaflet from the clinic");
    assertThat(c.title()).isNull();
    assertThat(problems.list()).extracting(Problem::line, Problem::message).containsExactly(tuple(9,
        "citation style not recognised; indexed by its text only: 'see the leaflet from the clinic'"));
  }

  @Test
  void reports_a_citation_whose_doi_is_not_valid() {
    Problems problems = new Problems();
    parser.parse("Smith J. A title. Brain. 2002;6:3-4. doi: 11.abc", 2, problems);
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "citation has a DOI that is not valid (a DOI reads '10.NNNN/suffix'): 'Smith J. A title. Brain. 2002;6:3-4. doi: 11.abc'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "available from:", "“", "(2014)", "a. b, “”", "10.1/x", "by et al.,",
      "smith j. . . ;;; ::", "x (1999) 'unclosed", "front. neurol., 1 may 2000 |", "[1] 2. (3)"})
  void never_throws_on_malformed_input(String text) {
    assertThatCode(() -> parser.parseBlock(text, 1, new Problems())).doesNotThrowAnyException();
  }
}
