package org.medsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Schema;
import org.medsearch.model.Name;
import org.medsearch.parse.AuthorNames;
import org.medsearch.parse.Dois;
import org.medsearch.parse.Journals;

/**
 * Citation queries: the fielded syntax of {@code q} ({@code author:sharma year:2014..2016
 * journal:"neurol india" title:epilepsy}, with AND/OR/NOT, parentheses and phrases, words side by
 * side all required as in PubMed) and the URL filters, to Lucene. Free words are matched in the
 * title (weight 2) and in the authors and journal (weight 1); fielded terms match exactly and
 * score a constant, so with no free words the ranking falls to the year and the work.
 */
final class CitationQuery {
  static final Set<String> FIELDS = Set.of("author", "journal", "year", "doi", "title", "topic");
  static final float TITLE_WEIGHT = 2.0f;
  static final float TEXT_WEIGHT = 1.0f;
  static final int MAX_EXPANSIONS = 64;

  private final Analyzer analyzer;

  CitationQuery(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Records matching {@code q} and the author, DOI and topic filters; every record when there are
   * none. The journal and year filters are left to {@link #facetFilters} so that facet counts can
   * ignore them. Records of other types that these clauses match (a free word in a section, the
   * topic filter's topic record) are for the caller to skip: {@link WorkCollapse} keeps citation
   * records only, by their work key. A type filter here would cost more than all the rest: with
   * an author filter on a million citation records, 1.4 ms a query advancing in the postings of
   * every citation record against 0.1 ms for the author's own (2026-11-27, {@code CitationScale}).
   */
  Query base(CitationRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!r.q().isEmpty()) {
      Query q = node(QuerySyntax.parseAllRequired(r.q(), FIELDS), null);
      b.add(q == null ? new MatchNoDocsQuery("the query has no searchable words") : q, BooleanClause.Occur.MUST);
    }
    for (String a : r.authors()) {
      b.add(author(a), BooleanClause.Occur.FILTER);
    }
    if (r.doi() != null) {
      b.add(new TermQuery(new Term(Schema.CITE_DOI, r.doi())), BooleanClause.Occur.FILTER);
    }
    if (r.topic() != null) {
      b.add(new TermQuery(new Term(Schema.TOPIC_ID, r.topic())), BooleanClause.Occur.FILTER);
    }
    BooleanQuery q = b.build();
    return q.clauses().isEmpty() ? b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER).build() : q;
  }

  /** The journal and year filters as a query (for exports, which count no facets); null when there are none. */
  Query facetFilters(CitationRequest r) {
    Query journal = journalFilter(r);
    Query year = yearFilter(r);
    if (journal == null || year == null) {
      return journal != null ? journal : year;
    }
    return new BooleanQuery.Builder().add(journal, BooleanClause.Occur.FILTER).add(year, BooleanClause.Occur.FILTER).build();
  }

  /** The journal filter (any of the journals) as a query; null without one. */
  Query journalFilter(CitationRequest r) {
    if (r.journals().isEmpty()) {
      return null;
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    for (String key : journalKeys(r.journals())) {
      either.add(new TermQuery(new Term(Schema.CITE_JOURNAL, key)), BooleanClause.Occur.SHOULD);
    }
    return new ConstantScoreQuery(either.build());
  }

  /** The year filters (any of the years, and within the range) as a query; null without one. */
  Query yearFilter(CitationRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (!r.years().isEmpty()) {
      b.add(IntPoint.newSetQuery(Schema.CITE_YEAR, r.years().stream().mapToInt(Integer::intValue).toArray()),
          BooleanClause.Occur.FILTER);
      any = true;
    }
    if (r.yearFrom() != null || r.yearTo() != null) {
      b.add(IntPoint.newRangeQuery(Schema.CITE_YEAR, r.yearFrom() == null ? Integer.MIN_VALUE : r.yearFrom(),
          r.yearTo() == null ? Integer.MAX_VALUE : r.yearTo()), BooleanClause.Occur.FILTER);
      any = true;
    }
    return any ? new ConstantScoreQuery(b.build()) : null;
  }

  /** Every key a journal filter matches: as written, and the abbreviation and full title when the journal is known. */
  static Set<String> journalKeys(Set<String> journals) {
    Set<String> keys = new LinkedHashSet<>();
    for (String j : journals) {
      keys.add(Journals.key(j));
      Journals.defaults().find(j).ifPresent(known -> {
        keys.add(Journals.key(known.abbreviation()));
        keys.add(Journals.key(known.title()));
      });
    }
    keys.remove("");
    return keys;
  }

  private Query node(QueryNode n, String field) {
    if (n instanceof QueryNode.Group g) {
      return group(g, field);
    }
    if (n instanceof QueryNode.Fielded f) {
      if (field != null) {
        throw error(f.pos(), "'" + f.field() + ":' inside '" + field + ":': name one field per term");
      }
      return node(f.value(), f.field());
    }
    if (n instanceof QueryNode.Range r) {
      if (field != null && !field.equals("year")) {
        throw error(r.pos(), "ranges (from..to) are for years, not " + field + ": write year:2014..2016");
      }
      return yearRange(r);
    }
    String text;
    int pos;
    boolean prefix = false;
    if (n instanceof QueryNode.Word w) {
      text = w.text();
      pos = w.pos();
      prefix = w.prefix();
    } else if (n instanceof QueryNode.Phrase p) {
      text = p.text();
      pos = p.pos();
    } else {
      throw new IllegalStateException("unknown query node " + n);
    }
    if (field == null) {
      return prefix ? prefix(text, List.of(Schema.TITLE, Schema.BODY)) : text(text, List.of(Schema.TITLE, Schema.BODY));
    }
    return switch (field) {
      case "title" -> prefix ? prefix(text, List.of(Schema.TITLE)) : text(text, List.of(Schema.TITLE));
      case "author" -> prefix ? constant(new PrefixQuery(new Term(Schema.CITE_AUTHOR_FAMILY, family(text))))
          : author(text);
      case "journal" -> journal(text, pos);
      case "year" -> year(text, pos);
      case "doi" -> doi(text, pos);
      case "topic" -> constant(new TermQuery(new Term(Schema.TOPIC_ID, text.strip())));
      default -> throw error(pos, "unknown field " + field + ": use one of " + String.join(", ", FIELDS));
    };
  }

  private Query group(QueryNode.Group g, String field) {
    return FieldQueries.group(g, n -> node(n, field));
  }

  /**
   * Any author with that name: "sharma" is every Sharma; with initials, "sharma c", "Sharma,
   * C.", "C Sharma" are every Sharma whose initials start so ("sharma cm" too), as PubMed's
   * author search does; a family name with particles matches as written ("van ruissen").
   */
  static Query author(String written) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String whole = family(written);
    if (!whole.isEmpty()) {
      b.add(new TermQuery(new Term(Schema.CITE_AUTHOR_FAMILY, whole)), BooleanClause.Occur.SHOULD);
    }
    AuthorNames.parse(written).ifPresent(n -> {
      String key = AuthorNames.key(n);
      if (n.given() == null || key.indexOf(' ') < 0) {
        b.add(new TermQuery(new Term(Schema.CITE_AUTHOR_FAMILY, key)), BooleanClause.Occur.SHOULD);
      } else {
        b.add(new PrefixQuery(new Term(Schema.CITE_AUTHOR, key)), BooleanClause.Occur.SHOULD);
      }
    });
    return constant(b.build());
  }

  private static String family(String written) {
    String s = written.strip();
    return s.isEmpty() ? "" : AuthorNames.key(Name.person(s, null));
  }

  private static Query journal(String text, int pos) {
    Set<String> keys = journalKeys(Set.of(text));
    if (keys.isEmpty()) {
      throw error(pos, "journal needs a title or an abbreviation, e.g. journal:\"neurol india\"");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    keys.forEach(k -> b.add(new TermQuery(new Term(Schema.CITE_JOURNAL, k)), BooleanClause.Occur.SHOULD));
    return constant(b.build());
  }

  private static Query year(String text, int pos) {
    return constant(IntPoint.newExactQuery(Schema.CITE_YEAR, parseYear(text.strip(), pos)));
  }

  private static Query yearRange(QueryNode.Range r) {
    if (r.from().isBlank() && r.to().isBlank()) {
      throw error(r.pos(), "a year range needs at least one end, e.g. 2014..2016, 2014.. or ..2016");
    }
    int from = r.from().isBlank() ? Integer.MIN_VALUE : parseYear(r.from(), r.pos());
    int to = r.to().isBlank() ? Integer.MAX_VALUE : parseYear(r.to(), r.pos() + r.from().length() + 2);
    if (from > to) {
      throw error(r.pos(), "the range " + r.from() + ".." + r.to() + " is empty: put the earlier year first");
    }
    return constant(IntPoint.newRangeQuery(Schema.CITE_YEAR, from, to));
  }

  private static int parseYear(String s, int pos) {
    if (s.matches("\\d{4}")) {
      return Integer.parseInt(s);
    }
    throw error(pos, "'" + s + "' is not a year: write a year like 2014 or a range like 2014..2016");
  }

  private static Query doi(String text, int pos) {
    String doi = Dois.normalize(text).orElseThrow(() -> error(pos,
        "'" + text + "' is not a DOI: a DOI reads 10.NNNN/suffix, with or without https://doi.org/"));
    return constant(new TermQuery(new Term(Schema.CITE_DOI, doi)));
  }

  private static Query constant(Query q) {
    return new ConstantScoreQuery(q);
  }

  /** Words analysed as one unit: one token is a term, several (a phrase or a hyphenated word) a phrase; null for stop words. */
  private Query text(String text, List<String> fields) {
    return FieldQueries.bestField(analyze(text), fields,
        field -> field.equals(Schema.TITLE) ? TITLE_WEIGHT : TEXT_WEIGHT, 0.1f);
  }

  /** A prefix, as typed (folded) and as stemmed, since the index holds stems ("myoclonus*" also looks for "myoclonu"). */
  private Query prefix(String text, List<String> fields) {
    BytesRef normalized = analyzer.normalize(Schema.BODY, text);
    List<String> stemmed = analyze(text);
    BytesRef stem = stemmed.size() == 1 ? new BytesRef(stemmed.get(0)) : normalized;
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      for (BytesRef p : stem.equals(normalized) ? List.of(normalized) : List.of(normalized, stem)) {
        perField.add(new BoostQuery(new PrefixQuery(new Term(field, p),
            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS)),
            field.equals(Schema.TITLE) ? TITLE_WEIGHT : TEXT_WEIGHT));
      }
    }
    return new DisjunctionMaxQuery(perField, 0.1f);
  }

  private List<String> analyze(String text) {
    return FieldQueries.tokens(analyzer, text);
  }

  private static BadRequestException error(int pos, String message) {
    return new BadRequestException("query syntax error at position " + (pos + 1) + ": " + message);
  }
}
