package org.medsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.index.Abbreviations.Definition;

/** The abbreviations a text defines, as the corpus's own abbreviation layer reads them. */
class AbbreviationsTest {
  @Test
  void the_long_form_is_the_shortest_run_of_words_before_the_parenthesis_holding_the_letters() {
    assertThat(Abbreviations.definedIn("Adults with normal pressure hydrocephalus (NPH) walk with difficulty."))
        .containsExactly(new Definition("NPH", "normal pressure hydrocephalus"));
    assertThat(Abbreviations.definedIn("It is a form of chronic obstructive pulmonary disease (COPD)."))
        .containsExactly(new Definition("COPD", "chronic obstructive pulmonary disease"));
  }

  @Test
  void letters_inside_words_and_digits_count() {
    assertThat(Abbreviations.definedIn("Mutations cause neurofibromatosis type 1 (NF1) in children."))
        .containsExactly(new Definition("NF1", "neurofibromatosis type 1"));
    assertThat(Abbreviations.definedIn("A sample of cerebrospinal fluid (CSF) is taken."))
        .containsExactly(new Definition("CSF", "cerebrospinal fluid"));
  }

  @Test
  void a_long_form_does_not_start_with_an_article_or_run_across_a_sentence() {
    assertThat(Abbreviations.definedIn("Measles can lead to the subacute sclerosing panencephalitis (SSPE) years later."))
        .containsExactly(new Definition("SSPE", "subacute sclerosing panencephalitis"));
    assertThat(Abbreviations.definedIn("Swelling follows. Deep vein thrombosis (DVT) is a clot."))
        .containsExactly(new Definition("DVT", "Deep vein thrombosis"));
  }

  @Test
  void a_short_form_may_come_first_when_every_word_of_the_parenthesis_starts_with_its_letters() {
    assertThat(Abbreviations.definedIn("Many people use CPAP (continuous positive airway pressure) at night."))
        .containsExactly(new Definition("CPAP", "continuous positive airway pressure"));
    assertThat(Abbreviations.definedIn("Ask about the MRI (see the list below).")).isEmpty();
  }

  @Test
  void words_in_parentheses_and_letters_the_words_before_lack_define_nothing() {
    assertThat(Abbreviations.definedIn("Symptoms are mild (see below) and rare (Figure 2).")).isEmpty();
    assertThat(Abbreviations.definedIn("The test is simple (XYZ) to do.")).isEmpty();
    assertThat(Abbreviations.definedIn("The protein (MC4R) is made.")).isEmpty();
    assertThat(Abbreviations.definedIn(null)).isEmpty();
  }

  @Test
  void each_definition_is_given_once_and_survives_its_stored_line() {
    List<Definition> found = Abbreviations.definedIn(
        "Urinary tract infection (UTI) is common. A urinary tract infection (UTI) is treated with antibiotics.");
    assertThat(found).containsExactly(new Definition("UTI", "Urinary tract infection"));
    assertThat(Abbreviations.ofLines(found.get(0).line() + "\nnot a line\n")).isEqualTo(found);
  }
}
