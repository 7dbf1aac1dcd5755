package org.medsearch.search;

import java.util.List;

/** The parsed form of the user query syntax; {@code pos} is the 0-based character offset in the query. */
public sealed interface QueryNode {

  /** A word, or a prefix when it ended in '*' ("myoc*"). */
  record Word(String text, boolean prefix, int pos) implements QueryNode {}

  /** Words in quotes, matched in that order. */
  record Phrase(String text, int pos) implements QueryNode {}

  /** {@code field:value}, for a field the caller declared. */
  record Fielded(String field, QueryNode value, int pos) implements QueryNode {}

  /** {@code from..to}, either end may be empty. */
  record Range(String from, String to, int pos) implements QueryNode {}

  /** Clauses in parentheses, or the whole query. */
  record Group(List<Clause> clauses, int pos) implements QueryNode {
    public Group {
      clauses = List.copyOf(clauses);
    }
  }

  record Clause(Occur occur, QueryNode node) {}

  enum Occur {
    SHOULD,
    MUST,
    MUST_NOT
  }
}
