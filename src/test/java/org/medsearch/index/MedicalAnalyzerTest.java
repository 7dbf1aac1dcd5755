package org.medsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class MedicalAnalyzerTest {
  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (MedicalAnalyzer a = new MedicalAnalyzer(); TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void hyphenated_words_are_split_into_their_parts() throws IOException {
    assertThat(tokens("opsoclonus-myoclonus post-hypoxic"))
        .containsExactly("opsoclonu", "myoclonu", "post", "hypoxic")
        .isEqualTo(tokens("opsoclonus myoclonus post hypoxic"));
  }

  @Test
  void en_dash_compounds_are_split_too() throws IOException {
    assertThat(tokens("Creutzfeldt–Jakob")).containsExactly("creutzfeldt", "jakob");
  }

  @Test
  void possessives_are_dropped_with_straight_and_curly_apostrophes() throws IOException {
    assertThat(tokens("Parkinson's Alzheimer’s")).containsExactly("parkinson", "alzheimer");
  }

  @Test
  void case_and_accents_are_folded() throws IOException {
    assertThat(tokens("SJÖGREN Ménière")).containsExactly("sjogren", "meniere");
  }

  @Test
  void plurals_and_verb_forms_share_a_stem() throws IOException {
    assertThat(tokens("jerks jerking")).containsExactly("jerk", "jerk");
  }

  @Test
  void a_derivational_suffix_does_not_merge_a_word_with_another() throws IOException {
    assertThat(tokens("ablation ablations basal clonic cortical researchers abnormalities"))
        .containsExactly("ablation", "ablation", "basal", "clonic", "cortical", "researcher", "abnormality");
    assertThat(tokens("able base clone research abnormal")).doesNotContainAnyElementsOf(
        tokens("ablation basal clonic researchers abnormalities"));
  }

  @Test
  void inflections_still_merge_after_the_guard() throws IOException {
    assertThat(tokens("studies study diseases disease treated treating causes caused"))
        .containsExactly("study", "study", "disease", "disease", "treat", "treat", "cause", "cause");
    assertThat(tokens("hypothyroidism")).isEqualTo(tokens("hypothyroid"));
  }

  @Test
  void stop_words_are_removed() throws IOException {
    assertThat(tokens("what are the causes of hiccups")).containsExactly("what", "cause", "hiccup");
  }
}
