package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edit distance the wide correction of long words measures by. */
class SpellingDistanceTest {
  @Test
  void a_swap_of_neighbouring_letters_is_one_edit() {
    assertThat(Spelling.distance("alzhiemer", "alzheimer", 3)).isEqualTo(1);
    assertThat(Spelling.distance("myoclonis", "myoclonus", 3)).isEqualTo(1);
  }

  @Test
  void insertions_deletions_and_substitutions_add_up() {
    assertThat(Spelling.distance("cipprofloxin", "ciprofloxacin", 3)).isEqualTo(3);
    assertThat(Spelling.distance("", "abc", 3)).isEqualTo(3);
    assertThat(Spelling.distance("same", "same", 3)).isZero();
  }

  @Test
  void a_distance_beyond_the_bound_is_reported_as_one_more() {
    assertThat(Spelling.distance("ciprofaxin", "ciprofloxacin", 3)).isEqualTo(4);
    assertThat(Spelling.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
  }
}
