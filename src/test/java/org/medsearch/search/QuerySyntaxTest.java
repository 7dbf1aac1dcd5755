package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medsearch.search.QueryNode.Occur;

class QuerySyntaxTest {
  private static QueryNode.Group parse(String q) {
    return QuerySyntax.parse(q, Set.of("title"));
  }

  @Test
  void words_side_by_side_are_optional() {
    assertThat(parse("muscle jerks").clauses()).extracting(QueryNode.Clause::occur).containsExactly(Occur.SHOULD, Occur.SHOULD);
  }

  @Test
  void and_makes_both_sides_required() {
    assertThat(parse("a b AND c").clauses()).extracting(QueryNode.Clause::occur)
        .containsExactly(Occur.SHOULD, Occur.MUST, Occur.MUST);
  }

  @Test
  void not_and_minus_exclude() {
    assertThat(parse("hiccups NOT sleep -baby").clauses()).extracting(QueryNode.Clause::occur)
        .containsExactly(Occur.SHOULD, Occur.MUST_NOT, Occur.MUST_NOT);
  }

  @Test
  void question_marks_and_other_punctuation_are_plain_text() {
    assertThat(parse("what is myoclonus?").clauses()).hasSize(3);
  }

  @Test
  void a_known_field_before_a_colon_is_a_field_and_an_unknown_one_is_text() {
    assertThat(parse("title:epilepsy").clauses().get(0).node()).isInstanceOf(QueryNode.Fielded.class);
    assertThat(parse("re:ndc").clauses().get(0).node()).isInstanceOf(QueryNode.Word.class);
  }

  @Test
  void a_message_in_capitals_has_its_operators_as_words() {
    assertThat(parse("CAN NODES AND OR LIVER CANCER BE DETECTED").clauses()).hasSize(8);
  }

  @Test
  void a_stray_lower_case_letter_does_not_turn_a_message_in_capitals_into_a_query() {
    assertThat(parse("WHY DO i CATCH COLDS AND OTHERS NOT").clauses()).hasSize(8)
        .allMatch(c -> c.occur() == QueryNode.Occur.SHOULD);
    assertThat(parse("why do i catch colds AND others").clauses())
        .anyMatch(c -> c.occur() == QueryNode.Occur.MUST);
  }

  @Test
  void a_lone_and_in_capitals_is_still_an_error() {
    assertThatThrownBy(() -> parse("AND")).isInstanceOf(BadRequestException.class)
        .hasMessage("query syntax error at position 1: AND needs a term on both sides");
  }

  @Test
  void adjacent_operators_in_a_normal_query_are_an_error() {
    assertThatThrownBy(() -> parse("nodes AND OR liver")).isInstanceOf(BadRequestException.class)
        .hasMessage("query syntax error at position 11: OR needs a term on both sides");
  }

  @Test
  void more_than_200_terms_is_an_error() {
    assertThatThrownBy(() -> parse("w ".repeat(201))).isInstanceOf(BadRequestException.class)
        .hasMessageEndingWith("more than 200 terms: shorten the query");
  }
}
