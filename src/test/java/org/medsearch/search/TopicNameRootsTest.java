package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The roots by which a name of several words is also found with its nouns and adjectives swapped. */
class TopicNameRootsTest {
  @Test
  void a_noun_and_its_adjective_share_a_root() {
    assertThat(TopicNames.roots(List.of("streptococcus", "infection")))
        .isEqualTo(TopicNames.roots(List.of("streptococcal", "infection")));
    assertThat(TopicNames.roots(List.of("diabetes", "neuropathy"))).isEqualTo(TopicNames.roots(List.of("diabetic", "neuropathy")));
    assertThat(TopicNames.roots(List.of("colon", "polyp"))).isEqualTo(TopicNames.roots(List.of("colonic", "polyp")));
    assertThat(TopicNames.roots(List.of("cyclic", "vomit"))).isEqualTo(TopicNames.roots(List.of("cyclical", "vomit")));
  }

  @Test
  void eponyms_that_differ_by_a_final_vowel_stay_apart() {
    // Tietz syndrome (albinism and deafness) is not Tietze syndrome (chest-wall swelling).
    assertThat(TopicNames.roots(List.of("tietz", "syndrome"))).isNotEqualTo(TopicNames.roots(List.of("tietze", "syndrome")));
  }

  @Test
  void short_words_stay_whole() {
    assertThat(TopicNames.roots(List.of("viral", "renal"))).isEqualTo("viral renal");
  }
}
