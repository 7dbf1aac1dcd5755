package org.medsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** KStem's lexicon read from Lucene: fails when a Lucene upgrade moves its tables. */
class EnglishWordsTest {
  @Test
  void the_lexicon_is_read_from_lucene() {
    assertThat(EnglishWords.size()).isGreaterThan(20_000);
  }

  @Test
  void english_words_are_in_it_and_medical_abbreviations_are_not() {
    assertThat(EnglishWords.contains("car")).isTrue();
    assertThat(EnglishWords.contains("retire")).isTrue();
    assertThat(EnglishWords.contains("fellow")).isTrue();
    assertThat(EnglishWords.contains("dvt")).isFalse();
    assertThat(EnglishWords.contains("cjd")).isFalse();
    assertThat(EnglishWords.contains("myoclonus")).isFalse();
  }
}
