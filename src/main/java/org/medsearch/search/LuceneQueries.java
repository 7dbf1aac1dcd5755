package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Schema;
import org.medsearch.search.QueryNode.Clause;
import org.medsearch.search.QueryNode.Group;

/**
 * Turns parsed user queries into Lucene queries over weighted fields: each word is the best
 * of its matches in title, aliases, topic names and body (a dismax with a small tie so a word
 * found in several fields counts a little more), so titles outrank passing mentions.
 */
final class LuceneQueries {
  /** Field weights: a record's own title above its topic's aliases, above the running text. */
  static final Map<String, Float> WEIGHTS = Map.of(
      Schema.TITLE, 3.0f,
      Schema.ALIASES, 2.5f,
      Schema.TOPIC_NAMES, 0.6f,
      Schema.BODY, 1.0f);
  static final float TIE = 0.1f;
  /** Bounds what a prefix may expand to, scored by the best-scoring terms only. */
  static final int MAX_EXPANSIONS = 64;
  /** Fields a user may name before a colon in the search box. */
  static final Set<String> USER_FIELDS = Set.of("title", "text");

  private final Analyzer analyzer;

  LuceneQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query build(String q) {
    if (q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query query = group(QuerySyntax.parse(q, USER_FIELDS), List.copyOf(WEIGHTS.keySet()));
    return query == null ? new MatchNoDocsQuery("the query has no searchable words") : query;
  }

  private Query group(Group g, List<String> fields) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int positive = 0;
    for (Clause c : g.clauses()) {
      Query q = node(c.node(), fields);
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

  private Query node(QueryNode n, List<String> fields) {
    if (n instanceof QueryNode.Group g) {
      return group(g, fields);
    }
    if (n instanceof QueryNode.Word w) {
      return w.prefix() ? prefix(w.text(), fields) : text(w.text(), fields);
    }
    if (n instanceof QueryNode.Phrase p) {
      return text(p.text(), fields);
    }
    if (n instanceof QueryNode.Fielded f) {
      List<String> only = switch (f.field()) {
        case "title" -> List.of(Schema.TITLE, Schema.ALIASES);
        default -> List.of(Schema.BODY);
      };
      return node(f.value(), only);
    }
    if (n instanceof QueryNode.Range r) {
      return text(r.from() + " " + r.to(), fields);
    }
    throw new IllegalStateException("unknown query node " + n);
  }

  /** Words analysed as one unit: one token is a term, several ("post-hypoxic") a phrase. */
  private Query text(String text, List<String> fields) {
    List<String> tokens = analyze(text);
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
      perField.add(new BoostQuery(q, WEIGHTS.get(field)));
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE);
  }

  /**
   * A prefix is matched as typed (case and accents folded) and, when that differs, as stemmed:
   * the index holds stems, so "myoclonus*" must also look for "myoclonu", its KStem form.
   */
  private Query prefix(String text, List<String> fields) {
    BytesRef normalized = analyzer.normalize(Schema.BODY, text);
    List<String> stemmed = analyze(text);
    BytesRef stem = stemmed.size() == 1 ? new BytesRef(stemmed.get(0)) : normalized;
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      for (BytesRef p : stem.equals(normalized) ? List.of(normalized) : List.of(normalized, stem)) {
        PrefixQuery pq = new PrefixQuery(new Term(field, p),
            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        perField.add(new BoostQuery(pq, WEIGHTS.get(field)));
      }
    }
    return new DisjunctionMaxQuery(perField, TIE);
  }

  List<String> analyze(String text) {
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
}
