package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.medsearch.index.Schema;

/** Analysed words as a query over several weighted fields, shared by site search and citation search. */
final class FieldQueries {
  private FieldQueries() {}

  /** The tokens {@code analyzer} makes of {@code text} as body text. */
  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * One token is a term, several a phrase, in each field with its weight; the best field counts
   * (dismax), with {@code tie} of the others. Null when there are no tokens (stop words only).
   */
  static Query bestField(List<String> tokens, List<String> fields, ToDoubleFunction<String> weight, float tie) {
    if (tokens.isEmpty()) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      Query q;
      if (tokens.size() == 1) {
        q = new TermQuery(new Term(field, tokens.get(0)));
      } else {
        PhraseQuery.Builder pb = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
          pb.add(new Term(field, tokens.get(i)), i);
        }
        q = pb.build();
      }
      perField.add(new BoostQuery(q, (float) weight.applyAsDouble(field)));
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, tie);
  }
}
