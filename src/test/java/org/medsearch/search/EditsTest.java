package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The edit distances of typo tolerance: whole words (spelling) and prefixes (suggestions). */
class EditsTest {
  @Test
  void a_swap_of_neighbouring_letters_is_one_edit() {
    assertThat(Edits.distance("alzhiemer", "alzheimer", 3)).isEqualTo(1);
    assertThat(Edits.distance("myoclonis", "myoclonus", 3)).isEqualTo(1);
  }

  @Test
  void insertions_deletions_and_substitutions_add_up() {
    assertThat(Edits.distance("cipprofloxin", "ciprofloxacin", 3)).isEqualTo(3);
    assertThat(Edits.distance("", "abc", 3)).isEqualTo(3);
    assertThat(Edits.distance("same", "same", 3)).isZero();
  }

  @Test
  void a_distance_beyond_the_bound_is_reported_as_one_more() {
    assertThat(Edits.distance("ciprofaxin", "ciprofloxacin", 3)).isEqualTo(4);
    assertThat(Edits.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
  }

  @Test
  void a_prefix_distance_is_to_the_nearest_start_of_the_word() {
    assertThat(Edits.prefixDistance("myoclonis", "myoclonus", 2)).isEqualTo(1);
    assertThat(Edits.prefixDistance("alzh", "alzheimer disease", 2)).isZero();
    assertThat(Edits.prefixDistance("azlh", "alzheimer", 2)).isEqualTo(1);
    assertThat(Edits.prefixDistance("xyzw", "alzheimer", 2)).isEqualTo(3);
  }
}
