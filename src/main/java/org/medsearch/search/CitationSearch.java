package org.medsearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.medsearch.cite.CitationWriter;
import org.medsearch.cite.CiteStyle;
import org.medsearch.cite.ExportFormat;
import org.medsearch.cite.ExportRecord;
import org.medsearch.cite.References;
import org.medsearch.index.Schema;
import org.medsearch.model.Citation;
import org.medsearch.model.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Citation search on one index generation: one hit per work (copies of an article cited on
 * several topics collapse into one, see {@code index.CitationFields#workKey}), facets by year
 * and journal counted in works, sorting by relevance or year, and streamed exports.
 * Safe for concurrent use.
 */
final class CitationSearch {
  private static final Logger LOG = LoggerFactory.getLogger(CitationSearch.class);
  private static final Set<String> HIT_FIELDS = Snippets.withSnippetFields(Schema.ID, Schema.TOPIC_ID,
      Schema.TOPIC_TITLE_STORED, Schema.CSL_JSON, Schema.URL, Schema.CITE_WORK);
  private static final Set<String> TOPIC_FIELDS = Set.of(Schema.ID, Schema.TOPIC_ID, Schema.TOPIC_TITLE_STORED);
  /** More topics than any work is cited on; a bound, not a limit anyone meets. */
  private static final int MAX_TOPICS = 1_000;

  private final IndexSearcher searcher;
  private final CitationQuery queries;
  private final Snippets snippets;
  private final ObjectMapper json;
  private final References references;
  private final WorkIndex works;

  CitationSearch(IndexSearcher searcher, Analyzer analyzer, Snippets snippets, ObjectMapper json) throws IOException {
    this.searcher = searcher;
    this.queries = new CitationQuery(analyzer);
    this.snippets = snippets;
    this.json = json;
    this.references = new References(json);
    long start = System.nanoTime();
    this.works = WorkIndex.build(searcher.getIndexReader());
    LOG.info("citation works of {} records read in {} ms ({} works with several records)",
        searcher.getIndexReader().maxDoc(), (System.nanoTime() - start) / 1_000_000, works.sharedWorks());
  }

  /** The Vancouver reference of a citation, for search hits. */
  String reference(Citation c) {
    return references.format(c, CiteStyle.VANCOUVER);
  }

  CitationResult search(CitationRequest r) {
    long start = System.nanoTime();
    PostingsPool.get().startSearch(); // the snippets' enums: this thread's earlier searches are done
    Query base = withWorkOf(queries.base(r), r.id());
    try (CollapsedWorks collapsed = new WorkCollapse(searcher, works, r, true)
        .run(base, queries.journalFilter(r), queries.yearFilter(r))) {
      int[] top = collapsed.top(r.sort(), r.page() * r.size());
      int from = Math.min(top.length, (r.page() - 1) * r.size());
      ScoreDoc[] docs = new ScoreDoc[top.length - from];
      for (int i = from; i < top.length; i++) {
        docs[i - from] = new ScoreDoc(collapsed.doc(top[i]), collapsed.score(top[i]));
      }
      Document[] stored = StoredScan.documents(searcher, docs, HIT_FIELDS);
      String[] marked = snippets.highlight(base, docs, stored);
      List<CitationHit> hits = new ArrayList<>(docs.length);
      for (int i = 0; i < docs.length; i++) {
        hits.add(hit(docs[i], stored[i], marked[i], r.citeAs()));
      }
      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      facets.put("year", collapsed.yearCounts());
      facets.put("journal", collapsed.journalCounts());
      long took = (System.nanoTime() - start) / 1_000_000;
      return new CitationResult(r.q(), collapsed.total(), r.page(), r.size(), r.sort().name().toLowerCase(java.util.Locale.ROOT),
          took, hits, facets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("the query expands to too many terms: use longer prefixes or fewer words");
    }
  }

  /**
   * Writes every matching work (paging ignored) in {@code format}, in the order of the sort, one
   * record at a time. The query is checked before anything is written, so a bad one fails with
   * nothing sent. Held per record while writing: its document number (4 bytes) and its citation key.
   */
  long export(CitationRequest r, ExportFormat format, OutputStream out) throws IOException {
    Query base = withWorkOf(queries.base(r), r.id());
    Query filters = queries.facetFilters(r);
    Query all = filters == null ? base : new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST).add(filters, BooleanClause.Occur.FILTER).build();
    int[] ordered;
    try (CollapsedWorks collapsed = new WorkCollapse(searcher, works, r, false).run(all, null, null)) {
      ordered = collapsed.top(r.sort(), Integer.MAX_VALUE);
      for (int i = 0; i < ordered.length; i++) {
        ordered[i] = collapsed.doc(ordered[i]);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("the query expands to too many terms: use longer prefixes or fewer words");
    }
    CitationWriter writer = CitationWriter.open(format, out, json);
    for (int doc : ordered) {
      Document d = searcher.storedFields().document(doc, Set.of(Schema.CSL_JSON, Schema.CITE_WORK, Schema.TOPIC_ID));
      Citation c = json.readValue(d.get(Schema.CSL_JSON), Citation.class);
      List<String> topics = topics(d.get(Schema.CITE_WORK), d.get(Schema.TOPIC_ID), null, null).stream().map(CitationHit.CitingTopic::id).distinct().toList();
      writer.write(new ExportRecord(c, topics));
    }
    writer.finish();
    return writer.count();
  }

  /** Narrows to the work of the citation record {@code id}; nothing matches when there is no such record. */
  private Query withWorkOf(Query q, String id) {
    if (id == null) {
      return q;
    }
    String work = null;
    try {
      TopDocs td = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (td.scoreDocs.length > 0) {
        work = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Schema.CITE_WORK)).get(Schema.CITE_WORK);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.CITE_WORK, work == null ? "\u0000no such record" : work)),
            BooleanClause.Occur.FILTER)
        .build();
  }

  private CitationHit hit(ScoreDoc w, Document d, String snippet, Set<CiteStyle> styles) throws IOException {
    Citation csl = json.readValue(d.get(Schema.CSL_JSON), Citation.class);
    String title = csl.title() != null ? csl.title() : csl.raw();
    Map<String, String> citeAs = null;
    if (!styles.isEmpty()) {
      citeAs = new LinkedHashMap<>();
      for (CiteStyle s : CiteStyle.values()) {
        if (styles.contains(s)) {
          citeAs.put(s.id(), references.format(csl, s));
        }
      }
    }
    String work = d.get(Schema.CITE_WORK);
    return new CitationHit(d.get(Schema.ID), "citation", Tier.RESEARCH.id(),
        new Hit.TopicRef(d.get(Schema.TOPIC_ID), d.get(Schema.TOPIC_TITLE_STORED)),
        topics(work, d.get(Schema.TOPIC_ID), d.get(Schema.TOPIC_TITLE_STORED), d.get(Schema.ID)),
        work, title, d.get(Schema.URL), snippet, w.score, csl, reference(csl), citeAs);
  }

  /**
   * Every topic citing the work, by topic id. A work with one record (most) needs no search:
   * its document frequency says so.
   */
  private List<CitationHit.CitingTopic> topics(String work, String topicId, String topicTitle, String recordId)
      throws IOException {
    Term term = new Term(Schema.CITE_WORK, work);
    if (searcher.getIndexReader().docFreq(term) <= 1) {
      return List.of(new CitationHit.CitingTopic(topicId, topicTitle, recordId));
    }
    TreeMap<String, CitationHit.CitingTopic> byTopic = new TreeMap<>();
    for (ScoreDoc sd : searcher.search(new TermQuery(term), MAX_TOPICS).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc, TOPIC_FIELDS);
      CitationHit.CitingTopic t = new CitationHit.CitingTopic(d.get(Schema.TOPIC_ID), d.get(Schema.TOPIC_TITLE_STORED),
          d.get(Schema.ID));
      byTopic.merge(t.id(), t, (a, b) -> a.citation().compareTo(b.citation()) <= 0 ? a : b);
    }
    return List.copyOf(byTopic.values());
  }
}
