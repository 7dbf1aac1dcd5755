package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medsearch.model.Name;

class NormalisationTest {
  @ParameterizedTest
  @CsvSource({"433-6, 433-436", "267-8, 267-268", "358-60, 358-360", "1199-201, 1199-1201", "S12-4, S12-S14",
      "e37-8, e37-e38", "5658-5668, 5658-5668", "157–174, 157-174", "640, 640"})
  void expands_short_page_ranges(String written, String expanded) {
    assertThat(Pages.expand(written)).isEqualTo(expanded);
  }

  @ParameterizedTest
  @CsvSource({"doi:10.1155/2014/545490, 10.1155/2014/545490",
      "'doi: 10.18410/JEBMH/2015/780.', 10.18410/jebmh/2015/780",
      "https://doi.org/10.1016/S1474-4422(04)00880-4, 10.1016/s1474-4422(04)00880-4",
      "http://dx.doi.org/10.1212/WNL.0b013e3181a0fd50, 10.1212/wnl.0b013e3181a0fd50"})
  void normalises_dois_to_lower_case_without_prefix(String written, String normal) {
    assertThat(Dois.normalize(written)).contains(normal);
  }

  @ParameterizedTest
  @CsvSource({"11.1234/abc", "10.12/abc", "10.1234", "doi:", "not a doi"})
  void rejects_what_is_not_a_doi(String written) {
    assertThat(Dois.normalize(written)).isEmpty();
  }

  @Test
  void knows_a_doi_in_normal_form() {
    assertThat(Dois.isNormal("10.1155/2014/545490")).isTrue();
    assertThat(Dois.isNormal("10.1155/2014/ABC")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Sharma CM", "C. M. Sharma", "'Sharma, C. M.'", "'Sharma, Chandra Mohan'", "sharma cm",
      "Chandra Mohan Sharma", "'Sharma, C.M.'"})
  void gives_one_author_key_for_every_way_of_writing_a_name(String written) {
    assertThat(AuthorNames.key(written)).isEqualTo("sharma cm");
  }

  @Test
  void gives_author_keys_for_csl_names_with_particles_and_accents() {
    assertThat(AuthorNames.key(Name.person("van Ruissen", "F"))).isEqualTo("van ruissen f");
    assertThat(AuthorNames.key("Sofie N. De Blauwe")).isEqualTo("de blauwe sn");
    assertThat(AuthorNames.key("Müller, Jean-Pierre")).isEqualTo("muller jp");
    assertThat(AuthorNames.key(Name.literal("World Health Organization"))).isEqualTo("world health organization");
  }

  @Test
  void reads_a_mixed_case_short_last_word_as_a_family_name() {
    assertThat(AuthorNames.key("Bo Li")).isEqualTo("li b");
  }

  @Test
  void finds_a_journal_by_abbreviation_and_by_full_title() {
    Journals j = Journals.defaults();
    assertThat(j.fullTitle("ann indian acad neurol")).contains("Annals of Indian Academy of Neurology");
    assertThat(j.abbreviation("Annals of Indian Academy of Neurology")).contains("Ann Indian Acad Neurol");
    assertThat(j.abbreviation("Ann. Indian Acad. Neurol.")).contains("Ann Indian Acad Neurol");
    assertThat(j.abbreviation("the lancet neurology")).contains("Lancet Neurol");
  }

  @Test
  void gives_search_forms_of_a_known_and_an_unknown_journal() {
    Journals j = Journals.defaults();
    assertThat(j.searchForms("neurol india")).containsExactly("neurol india", "Neurol India", "Neurology India");
    assertThat(j.searchForms("Journal of Unknown Things")).containsExactly("Journal of Unknown Things");
  }

  @Test
  void tells_two_forms_of_one_journal_are_the_same() {
    assertThat(Journals.defaults().same("front. neurol.", "Frontiers in Neurology")).isTrue();
    assertThat(Journals.defaults().same("Neurology", "Neurology India")).isFalse();
  }

  @Test
  void ships_at_least_the_seed_journals_and_many_more() {
    assertThat(Journals.defaults().size()).isGreaterThanOrEqualTo(190);
  }
}
