package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.medsearch.index.Schema;

/**
 * Snippets from the body with Lucene's UnifiedHighlighter: the best passages around the
 * matches, the text HTML-escaped and matches in {@code <mark>}; a record whose body has no match
 * shows its opening sentences instead.
 *
 * <p>The highlighter is given only what it marks: the words, phrases and prefixes of the ranking
 * query in the highlighted field, as one flat disjunction. The ranking query searches four fields
 * and adds topic mentions and proximity pairs; matching all of that again for every hit of every
 * field took more than half of a search's time (JFR profile in bench/RESULTS.md).
 */
final class Snippets {
  static final int PASSAGES = 2;
  static final int MAX_CHARS = 300;

  /** The stored fields a caller loads for each hit, beside its own, before asking for snippets. */
  static final Set<String> FIELDS = Set.of(Schema.BODY, Schema.TITLE);

  /** {@code fields} and the fields snippets are made from: what to read of a hit. */
  static Set<String> withSnippetFields(String... fields) {
    Set<String> out = new HashSet<>(FIELDS);
    out.addAll(List.of(fields));
    return Set.copyOf(out);
  }

  private final UnifiedHighlighter.Builder settings;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    this.settings = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withScorer(new LeanPassageScorer())
        .withBreakIterator(Sentences::new)
        .withMaxNoHighlightPassages(1)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(100_000);
  }

  /**
   * Snippets of {@code hits}, whose stored fields ({@link #FIELDS} among them) the caller has
   * read into {@code docs}: a hit's compressed block is then decompressed once, not once for the
   * hit and again for its snippet (it was a sixth of a search's CPU).
   */
  String[] highlight(Query query, ScoreDoc[] hits, Document[] docs) {
    if (hits.length == 0) {
      return new String[0];
    }
    Map<Integer, Document> byDoc = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      byDoc.put(hits[i].doc, docs[i]);
    }
    Preloaded highlighter = new Preloaded(settings, byDoc);
    try {
      String[] body = field(highlighter, Schema.BODY, query, hits, PASSAGES);
      // A record without running text (a resource) shows its title, marked.
      List<Integer> untitled = new ArrayList<>();
      for (int i = 0; i < hits.length; i++) {
        if (body[i] == null) {
          untitled.add(i);
        }
      }
      if (!untitled.isEmpty()) {
        ScoreDoc[] some = untitled.stream().map(i -> hits[i]).toArray(ScoreDoc[]::new);
        String[] title = field(highlighter, Schema.TITLE, query, some, 1);
        for (int k = 0; k < some.length; k++) {
          body[untitled.get(k)] = title[k];
        }
      }
      String[] out = new String[hits.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = trim(body[i]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] field(Preloaded highlighter, String field, Query query, ScoreDoc[] hits,
      int passages) throws IOException {
    TopDocs td = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits.clone());
    return highlighter.marks(field, onlyField(query, field), td, passages).get(field);
  }

  /**
   * The terms, exact phrases and prefixes {@code query} looks for in {@code field}, as a flat
   * disjunction; excluded ({@code NOT}) words and sloppy proximity phrases are left out. For
   * "myoclonus jerks" over title, aliases and body that is {@code body:myoclonus body:jerk}.
   */
  static Query onlyField(Query query, String field) {
    Set<Query> leaves = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        return field.equals(f);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        if (q instanceof TermQuery || q instanceof PhraseQuery p && p.getSlop() == 0) {
          leaves.add(q);
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String f, Supplier<ByteRunAutomaton> automaton) {
        if (q instanceof MultiTermQuery) {
          leaves.add(q);
        }
      }
    });
    if (leaves.isEmpty()) {
      return new MatchNoDocsQuery("nothing to mark in " + field);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    leaves.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /**
   * A highlighter that takes the field values from documents already read and, when the query
   * is words and exact phrases, reads their offsets with one postings enum per word for all the
   * hits ({@link SharedPostings}); prefixes go Lucene's way.
   */
  private static final class Preloaded extends UnifiedHighlighter {
    private final Map<Integer, Document> docs;
    private List<Query> leaves;

    Preloaded(Builder settings, Map<Integer, Document> docs) {
      super(settings);
      this.docs = docs;
    }

    Map<String, String[]> marks(String field, Query query, TopDocs td, int passages) throws IOException {
      leaves = query instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.getQuery() instanceof TermQuery
          || c.getQuery() instanceof PhraseQuery) ? bq.clauses().stream().map(BooleanClause::getQuery).toList() : null;
      return highlightFields(new String[] {field}, query, td, new int[] {passages});
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return leaves != null && source == OffsetSource.POSTINGS ? new SharedPostings(components, leaves)
          : super.getOffsetStrategy(source, components);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator iter, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = iter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iter.nextDoc()) {
        Document d = docs.get(doc);
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String v = d == null ? null : d.get(fields[f]);
          values[f] = v == null ? "" : v;
        }
        out.add(values);
      }
      return out;
    }
  }

  /**
   * The offsets of words and exact phrases from the postings, one enum per word advanced from hit
   * to hit (the highlighter hands the hits over in document order). Lucene's strategies build a
   * weight, a terms enum and a postings enum per word for every hit: a third of a search's
   * allocation. A phrase is marked as one match where its words stand in order, as Lucene's
   * weight matches mark it.
   */
  private static final class SharedPostings extends FieldOffsetStrategy {
    private final List<Query> leaves;
    private LeafReader leaf;
    /** Per leaf query, the postings of its words (one for a word, one per word of a phrase). */
    private PostingsEnum[][] postings;

    SharedPostings(UHComponents components, List<Query> leaves) {
      super(components);
      this.leaves = leaves;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
      return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
      if (reader != leaf) {
        open(reader);
      }
      List<OffsetsEnum> found = new ArrayList<>();
      for (int q = 0; q < leaves.size(); q++) {
        PostingsEnum[] words = postings[q];
        boolean all = words.length > 0;
        for (PostingsEnum p : words) {
          if (p != null && p.docID() < doc) {
            p.advance(doc);
          }
          all &= p != null && p.docID() == doc;
        }
        if (!all) {
          continue;
        }
        if (leaves.get(q) instanceof TermQuery t) {
          found.add(new OffsetsEnum.OfPostings(t.getTerm().bytes(), words[0]));
        } else {
          OffsetsEnum phrase = Spans.of((PhraseQuery) leaves.get(q), words);
          if (phrase != null) {
            found.add(phrase);
          }
        }
      }
      return switch (found.size()) {
        case 0 -> OffsetsEnum.EMPTY;
        case 1 -> found.get(0);
        default -> new OffsetsEnum.MultiOffsetsEnum(found);
      };
    }

    private void open(LeafReader reader) throws IOException {
      leaf = reader;
      postings = new PostingsEnum[leaves.size()][];
      PostingsPool pool = PostingsPool.get();
      TermsEnum te = pool.terms(reader, getField());
      for (int q = 0; q < leaves.size(); q++) {
        Term[] words = leaves.get(q) instanceof TermQuery t ? new Term[] {t.getTerm()} : ((PhraseQuery) leaves.get(q)).getTerms();
        postings[q] = new PostingsEnum[words.length];
        for (int i = 0; te != null && i < words.length; i++) {
          postings[q][i] = te.seekExact(words[i].bytes()) ? pool.postings(reader, getField(), te, PostingsEnum.OFFSETS) : null;
        }
      }
    }
  }

  /** The places in one document where a phrase's words stand at its positions, as offsets. */
  private static final class Spans extends OffsetsEnum {
    private final BytesRef phrase;
    private final int[] starts;
    private final int[] ends;
    private int at = -1;

    private Spans(BytesRef phrase, int[] starts, int[] ends) {
      this.phrase = phrase;
      this.starts = starts;
      this.ends = ends;
    }

    /** The phrase's matches in the document all of {@code words} are positioned on; null when none. */
    static Spans of(PhraseQuery q, PostingsEnum[] words) throws IOException {
      int[] gaps = q.getPositions();
      int n = words.length;
      int[][] positions = new int[n][];
      int[][] startOf = new int[n][];
      int[][] endOf = new int[n][];
      for (int i = 0; i < n; i++) {
        int freq = words[i].freq();
        positions[i] = new int[freq];
        startOf[i] = new int[freq];
        endOf[i] = new int[freq];
        for (int k = 0; k < freq; k++) {
          positions[i][k] = words[i].nextPosition();
          startOf[i][k] = words[i].startOffset();
          endOf[i][k] = words[i].endOffset();
        }
      }
      List<int[]> spans = new ArrayList<>();
      for (int k = 0; k < positions[0].length; k++) {
        int end = -1;
        boolean all = true;
        for (int i = 1; i < n && all; i++) {
          int at = Arrays.binarySearch(positions[i], positions[0][k] + gaps[i] - gaps[0]);
          all = at >= 0;
          end = all ? endOf[i][at] : -1;
        }
        if (all) {
          spans.add(new int[] {startOf[0][k], n == 1 ? endOf[0][k] : end});
        }
      }
      if (spans.isEmpty()) {
        return null;
      }
      StringBuilder text = new StringBuilder();
      for (Term t : q.getTerms()) {
        text.append(text.length() == 0 ? "" : " ").append(t.text());
      }
      return new Spans(new BytesRef(text), spans.stream().mapToInt(sp -> sp[0]).toArray(),
          spans.stream().mapToInt(sp -> sp[1]).toArray());
    }

    @Override
    public boolean nextPosition() {
      return ++at < starts.length;
    }

    @Override
    public int freq() {
      return starts.length;
    }

    @Override
    public BytesRef getTerm() {
      return phrase;
    }

    @Override
    public int startOffset() {
      return starts[at];
    }

    @Override
    public int endOffset() {
      return ends[at];
    }
  }

  /** Keeps snippets short without cutting inside an escape or a mark. */
  private static String trim(String s) {
    if (s == null || s.length() <= MAX_CHARS * 2) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_CHARS * 2);
    String head = s.substring(0, cut > 0 ? cut : MAX_CHARS * 2);
    int open = head.lastIndexOf("<mark>");
    if (open > head.lastIndexOf("</mark>")) {
      head = head.substring(0, open);
    }
    int amp = head.lastIndexOf('&');
    if (amp > head.lastIndexOf(';')) {
      head = head.substring(0, amp);
    }
    return head.strip() + " …";
  }

  /**
   * Lucene's passage BM25 with the same figures, without its per-passage {@code BytesRefHash}
   * (a 32 KiB block for every candidate sentence, the top allocation site of a search): a
   * passage holds a handful of matches, so distinct words are found by a linear scan. Every word
   * counts as found once in the document, as Lucene's weight-matches offsets report it, whichever
   * way the offsets were read: passages rank by the query words they hold and where they stand.
   */
  static final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      BytesRef[] distinct = new BytesRef[n];
      int[] inPassage = new int[n];
      int size = 0;
      for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < size && !distinct[k].equals(terms[i])) {
          k++;
        }
        if (k == size) {
          distinct[size++] = terms[i];
        }
        inPassage[k]++;
      }
      double score = 0d;
      float weight = weight(contentLength, 1);
      for (int k = 0; k < size; k++) {
        score += tf(inPassage[k], passage.getLength()) * weight;
      }
      return (float) (score * norm(passage.getStartOffset()));
    }
  }
}
