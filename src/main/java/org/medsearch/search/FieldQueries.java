package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.medsearch.index.Schema;

/** Analysed words as a query over several weighted fields, shared by site search and citation search. */
final class FieldQueries {
  private FieldQueries() {}

  /**
   * The clauses of a parsed group as a boolean query, each node made by {@code node} (null for a
   * node with nothing to search, such as a lone stop word); null when nothing but exclusions is left.
   */
  static Query group(QueryNode.Group g, Function<QueryNode, Query> node) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int positive = 0;
    for (QueryNode.Clause c : g.clauses()) {
      Query q = node.apply(c.node());
      if (q == null) {
        continue;
      }
      BooleanClause.Occur occur = switch (c.occur()) {
        case SHOULD -> BooleanClause.Occur.SHOULD;
        case MUST -> BooleanClause.Occur.MUST;
        case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
      };
      positive += occur == BooleanClause.Occur.MUST_NOT ? 0 : 1;
      b.add(q, occur);
    }
    return positive == 0 ? null : b.build();
  }

  /** A text's tokens with their positions, stop words leaving their gaps ("quality of life": 0, 2). */
  record Analyzed(List<String> tokens, int[] positions) {}

  /** The tokens {@code analyzer} makes of {@code text} as body text, with their positions from 0. */
  static Analyzed analyzed(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    int[] positions = new int[8];
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        if (out.size() == positions.length) {
          positions = java.util.Arrays.copyOf(positions, positions.length * 2);
        }
        positions[out.size()] = position;
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int first = out.isEmpty() ? 0 : positions[0];
    int[] relative = new int[out.size()];
    for (int i = 0; i < relative.length; i++) {
      relative[i] = positions[i] - first;
    }
    return new Analyzed(out, relative);
  }

  /** The tokens {@code analyzer} makes of {@code text} as body text. */
  static List<String> tokens(Analyzer analyzer, String text) {
    return analyzed(analyzer, text).tokens();
  }

  /**
   * One token is a term, several a phrase, in each field with its weight; the best field counts
   * (dismax), with {@code tie} of the others. Null when there are no tokens (stop words only).
   */
  static Query bestField(List<String> tokens, List<String> fields, ToDoubleFunction<String> weight, float tie) {
    return bestField(tokens, fields, weight, tie, TermQuery::new);
  }

  /** As {@link #bestField(List, List, ToDoubleFunction, float)}, with single terms queried by {@code termQuery}. */
  static Query bestField(List<String> tokens, List<String> fields, ToDoubleFunction<String> weight, float tie,
      Function<Term, Query> termQuery) {
    int[] consecutive = new int[tokens.size()];
    for (int i = 0; i < consecutive.length; i++) {
      consecutive[i] = i;
    }
    return bestField(new Analyzed(tokens, consecutive), fields, weight, tie, termQuery);
  }

  /** As above, a phrase's words at their {@code analyzed} positions (a stop word's gap kept). */
  static Query bestField(Analyzed analyzed, List<String> fields, ToDoubleFunction<String> weight, float tie,
      Function<Term, Query> termQuery) {
    List<String> tokens = analyzed.tokens();
    if (tokens.isEmpty()) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      Query q;
      if (tokens.size() == 1) {
        q = termQuery.apply(new Term(field, tokens.get(0)));
      } else {
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
          pb.add(new Term(field, tokens.get(i)), analyzed.positions()[i]);
        }
        q = pb.build();
      }
      perField.add(new BoostQuery(q, (float) weight.applyAsDouble(field)));
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, tie);
  }
}
