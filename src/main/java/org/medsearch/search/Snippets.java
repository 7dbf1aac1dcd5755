package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.medsearch.index.Schema;

/**
 * Snippets from the body with Lucene's UnifiedHighlighter: the best passages around the
 * matches, the text HTML-escaped and matches in {@code <mark>}; a record whose body has no match
 * shows its opening sentences instead.
 */
final class Snippets {
  static final int PASSAGES = 2;
  static final int MAX_CHARS = 300;

  private final UnifiedHighlighter highlighter;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxNoHighlightPassages(1)
        .withHighlightPhrasesStrictly(true)
        .withMaxLength(100_000)
        .build();
  }

  String[] highlight(Query query, ScoreDoc[] hits) {
    if (hits.length == 0) {
      return new String[0];
    }
    ScoreDoc[] byDoc = hits.clone();
    TopDocs td = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), byDoc);
    try {
      Map<String, String[]> byField = highlighter.highlightFields(
          new String[] {Schema.BODY, Schema.TITLE}, query, td, new int[] {PASSAGES, 1});
      String[] body = byField.get(Schema.BODY);
      String[] title = byField.get(Schema.TITLE);
      String[] out = new String[hits.length];
      for (int i = 0; i < out.length; i++) {
        // A record without running text (a resource) shows its title, marked.
        out[i] = trim(body[i] != null ? body[i] : title[i]);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
