package org.medsearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Deflated;
import org.medsearch.index.Documents;
import org.medsearch.index.MedicalAnalyzer;
import org.medsearch.index.Schema;
import org.medsearch.model.Citation;
import org.medsearch.model.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The search engine on one Lucene index generation, safe for concurrent searches. */
public final class LuceneSearchEngine implements SearchEngine {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);
  /** Index files read, not mapped, by extension (comma-separated); see {@link #open}. */
  private static final String UNMAPPED = System.getProperty("medsearch.read-unmapped", "fdt");
  /**
   * The stored fields a hit shows and its snippet is made from (the body, read once for both), not
   * a topic's whole JSON, which is large.
   * (The hit's score is the sort value of its {@link FieldDoc}: Lucene need not score the page again.)
   */
  private static final Set<String> HIT_FIELDS = Snippets.withSnippetFields(Schema.ID, Schema.TYPE, Schema.TIER,
      Schema.TITLE, Schema.TOPIC_TITLE_STORED, Schema.TOPIC_ID, Schema.URL, Schema.CSL_JSON);

  private final DirectoryReader reader;
  /** Whether searches without filters are scored part by part ({@link DenseScoring}). */
  private final boolean dense;
  /** Whether the proximity pairs are scored from the term cache ({@link ProximityPairs}). */
  private final boolean pairsFromCache;
  private final TermCache terms;
  private final IndexSearcher searcher;
  /** Lucene's BM25, its length tables shared by all searches of the generation. */
  private final SharedBm25 similarity = new SharedBm25();
  private final SortedSetDocValuesReaderState facetState;
  /** Tier and type of each record, to count searches without facet filters (null: Lucene counts). */
  private final FacetTable facetTable;
  private final FacetsConfig facetsConfig = Documents.facetsConfig();
  private final LuceneQueries queries;
  /** Score first; equal scores in id order, so results never shuffle between calls. */
  private final Sort ranking;
  private final Snippets snippets;
  private final ObjectMapper json;
  private final SuggesterLoader suggester;
  private final CitationSearch citations;
  private final ResultCache cache = ResultCache.fromSystemProperties();

  /**
   * Opens a reader of the same index generation for a one-off scan of stored fields, read with
   * plain file reads: the scans at start-up (topic names, suggestions) read a little of every
   * record, and through the memory-mapped reader that made the whole index resident in the
   * process (80 MiB for MedQuAD) where searches touch only part of it.
   */
  interface ScanReaders {
    DirectoryReader open() throws IOException;
  }

  private LuceneSearchEngine(DirectoryReader reader, ScanReaders scans, ObjectMapper json) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(similarity);
    this.ranking = new Sort(SortField.FIELD_SCORE, IdOrder.of(reader));
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
    // -Dmedsearch.dense-scoring=false scores with Lucene's nested query, for comparison
    this.dense = Boolean.parseBoolean(System.getProperty("medsearch.dense-scoring", "true"));
    // -Dmedsearch.proximity-pairs=false scores the proximity pairs with Lucene's phrase query, for comparison
    this.pairsFromCache = Boolean.parseBoolean(System.getProperty("medsearch.proximity-pairs", "true"));
    this.facetTable = Boolean.parseBoolean(System.getProperty("medsearch.facet-table", "true"))
        ? FacetTable.read(reader, facetState.getField(), List.of(Schema.TIER, Schema.TYPE)) : null;
    Analyzer analyzer = new MedicalAnalyzer();
    this.queries = new LuceneQueries(analyzer);
    this.snippets = new Snippets(searcher, analyzer);
    this.json = json;
    this.suggester = new SuggesterLoader(scans);
    // The kinds of answer are learnt beside the topic names (both read the whole index once), on
    // another thread. Through a scan reader too: they read most of the text's postings, which
    // through the mapped reader would stay resident. The same generation: the same record ids.
    // -Dmedsearch.answer-kinds=false learns none, for comparison
    CompletableFuture<KindModel> kinds = CompletableFuture.completedFuture(null);
    if (Boolean.parseBoolean(System.getProperty("medsearch.answer-kinds", "true"))) {
      kinds = CompletableFuture.supplyAsync(() -> {
        try (DirectoryReader scan = scans.open()) {
          long start = System.nanoTime();
          KindModel learnt = KindModel.learn(scan, queries.answerKinds());
          LOG.info("kinds of answer learnt: {} of {} kinds, {} words point at one, in {} ms", learnt.kindsLearnt(),
              queries.answerKinds().size(), learnt.words(), (System.nanoTime() - start) / 1_000_000);
          return scan.maxDoc() == reader.maxDoc() ? learnt : null;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    try (DirectoryReader scan = scans.open()) {
      this.queries.useTopicNames(new TopicNames(scan, queries));
    }
    this.queries.useKindModel(kinds.join());
    this.terms = new TermCache(reader);
    this.queries.useSpelling(new Spelling(reader, terms));
    this.queries.useStatistics(reader, terms);
    this.citations = new CitationSearch(searcher, analyzer, snippets, json);
  }

  /**
   * Opens the index generation in {@code dir}. The files named in {@code medsearch.read-unmapped}
   * (by extension; by default {@code fdt}, the stored fields) are read with positioned reads
   * instead of being mapped: a search reads the stored fields of its page of hits only, at random
   * places in the largest file of the index, and every page of it a mapping has touched counts in
   * the server's resident memory (25 MiB of the MedQuAD index after a minute of load). Read, the
   * same bytes stay in the system's file cache, shared and reclaimable, not in the process. The
   * rest (postings, term dictionary, doc values) stays mapped. Elasticsearch's {@code hybridfs}
   * reads stored fields the same way. Indexes built with compound files (before 2026-11-27) are mapped whole.
   */
  public static LuceneSearchEngine open(Path dir, ObjectMapper json) throws IOException {
    Set<String> unmapped = UNMAPPED.isBlank() ? Set.of() : Set.of(UNMAPPED.split(","));
    Directory directory = unmapped.isEmpty() ? FSDirectory.open(dir) : new PartlyMappedDirectory(dir, unmapped);
    DirectoryReader reader = HeapNorms.wrap(DirectoryReader.open(directory), Set.of(Schema.SEARCHED));
    return new LuceneSearchEngine(reader,
        () -> DirectoryReader.open(new NIOFSDirectory(dir)), json);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    SearchResult cached = cache.get(request, start);
    if (cached != null) {
      return cached;
    }
    SearchResult result = searchIndex(request, start);
    cache.put(request, result);
    return result;
  }

  private SearchResult searchIndex(SearchRequest request, long start) {
    LuceneQueries.Plan plan = queries.plan(request.q());
    SearchResult result = searchIndex(request, start, plan);
    if (result.total() == 0 && !request.q().isBlank()) {
      // Nothing as typed: an English word the index lacks may be a spelling of one it has.
      LuceneQueries.Plan words = queries.plan(request.q(), true);
      if (!words.corrections().equals(plan.corrections())) {
        return searchIndex(request, start, words);
      }
    }
    return result;
  }

  private SearchResult searchIndex(SearchRequest request, long start, LuceneQueries.Plan plan) {
    SearchBudget budget = SearchBudget.start();
    PostingsPool.get().startSearch(); // this thread's earlier searches are done with their enums
    Query base = withTopic(plan.query(), request.topic());

    int depth = request.page() * request.size();
    boolean filtered = !request.types().isEmpty() || !request.tiers().isEmpty();
    try {
      IndexSearcher timed = budget.searcher(reader, filtered);
      timed.setSimilarity(similarity);
      int window = plan.rescore() == null ? depth : Math.max(depth, LuceneQueries.RESCORE_WINDOW);
      TopDocs top;
      Map<String, Map<String, Long>> facets;
      if (!filtered && facetTable != null) {
        // No facet filter: the hits and the counts of their tiers and types in one pass.
        Query scoring = request.topic() == null && dense && DenseScoring.applies(timed, plan)
            ? DenseScoring.scored(timed, plan.parts(), budget.timeout()) : base;
        int n = Math.min(window, Math.max(1, reader.maxDoc()));
        if (scoring instanceof DenseScoring.Table table && DenseScoring.Table.collectable(reader)) {
          DenseScoring.Collected collected = table.collect(reader, n, ranking, facetTable);
          top = collected.top();
          facets = collected.facets();
        } else {
          Object[] both = timed.search(scoring, new MultiCollectorManager(
              new TopFieldCollectorManager(ranking, n, null, Integer.MAX_VALUE), facetTable.counter()));
          top = (TopDocs) both[0];
          @SuppressWarnings("unchecked")
          Map<String, Map<String, Long>> counted = (Map<String, Map<String, Long>>) both[1];
          facets = counted;
        }
      } else {
        // Filtered: drill sideways counts each dimension as if its own filter were not set.
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
        request.types().forEach(type -> ddq.add(Schema.TYPE, type));
        request.tiers().forEach(tier -> ddq.add(Schema.TIER, tier.id()));
        DrillSideways ds = new DrillSideways(timed, facetsConfig, facetState);
        DrillSideways.DrillSidewaysResult r = ds.search(ddq, null, null, window, ranking, false);
        top = r.hits;
        facets = new LinkedHashMap<>();
        facets.put(Schema.TIER, counts(r.facets, Schema.TIER));
        facets.put(Schema.TYPE, counts(r.facets, Schema.TYPE));
      }
      budget.check(timed);
      ScoreDoc[] ranked = plan.rescore() == null ? top.scoreDocs
          : pairsFromCache ? Rescoring.add(searcher, plan.split(), terms, top.scoreDocs)
          : Rescoring.add(searcher, plan.rescore(), top.scoreDocs);
      ScoreDoc[] page = pageOf(ranked, request);
      List<Hit> hits = new ArrayList<>(page.length);
      Document[] docs = StoredScan.documents(searcher, page, HIT_FIELDS);
      String[] marked = snippets.highlight(plan.marked(), page, docs);
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(page[i], docs[i], marked[i]));
      }
      long took = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(request.q(), top.totalHits.value, request.page(), request.size(), took,
          hits, facets, didYouMean(request.q(), plan.corrections()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadRequestException("the query expands to too many terms: use longer prefixes or fewer words");
    }
  }

  /**
   * The query with its unknown words replaced by their corrections ("myoclonis jerks" gives
   * "myoclonic jerks"), when there were any: as typed, those words found nothing.
   */
  static String didYouMean(String q, Map<String, String> corrections) {
    String out = LuceneQueries.corrected(q, corrections);
    return out.equals(q) ? null : out;
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    int to = Math.min(all.length, from + request.size());
    ScoreDoc[] page = new ScoreDoc[to - from];
    System.arraycopy(all, from, page, 0, page.length);
    return page;
  }

  private static Query withTopic(Query q, String topic) {
    if (topic == null) {
      return q;
    }
    return new BooleanQuery.Builder()
        .add(q, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.TOPIC_ID, topic)), BooleanClause.Occur.FILTER)
        .build();
  }

  /** Every value of the dimension with its count; values with no hits are left out. */
  private static Map<String, Long> counts(Facets facets, String dim) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetResult fr;
    try {
      fr = facets.getTopChildren(100, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return out;
    }
    if (fr != null) {
      for (LabelAndValue lv : fr.labelValues) {
        out.put(lv.label, lv.value.longValue());
      }
    }
    return out;
  }

  private Hit hit(ScoreDoc sd, Document d, String snippet) throws IOException {
    float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
    String type = d.get(Schema.TYPE);
    String title = d.get(Schema.TITLE);
    if (title == null) {
      title = d.get(Schema.TOPIC_TITLE_STORED);
    }
    Citation csl = null;
    String cslJson = d.get(Schema.CSL_JSON);
    if (cslJson != null) {
      csl = json.readValue(cslJson, Citation.class);
      if (csl.title() == null) {
        title = csl.raw();
      }
    }
    return new Hit(d.get(Schema.ID), type, d.get(Schema.TIER),
        new Hit.TopicRef(d.get(Schema.TOPIC_ID), d.get(Schema.TOPIC_TITLE_STORED)),
        title, d.get(Schema.URL), snippet, score, csl, csl == null ? null : citations.reference(csl));
  }

  @Override
  public SuggestResult suggest(String prefix, int size) {
    String q = prefix == null ? "" : prefix.strip();
    if (q.length() > Suggester.MAX_QUERY) {
      throw new BadRequestException("q is " + q.length() + " characters long; suggestions take up to "
          + Suggester.MAX_QUERY + ": send what the user has typed so far");
    }
    if (size < 1 || size > Suggester.MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + Suggester.MAX_SIZE + ", was " + size);
    }
    return new SuggestResult(q, suggester.get().suggest(q, size));
  }

  @Override
  public Optional<Topic> topic(String id) {
    try {
      TopDocs td = searcher.search(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Schema.TYPE, Documents.TYPE_TOPIC)), BooleanClause.Occur.FILTER)
          .build(), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(td.scoreDocs[0].doc, Set.of(Schema.TOPIC_JSON));
      // Indexes written before the JSON was deflated hold it as text.
      BytesRef deflated = d.getBinaryValue(Schema.TOPIC_JSON);
      String stored = deflated != null ? Deflated.text(deflated) : d.get(Schema.TOPIC_JSON);
      return Optional.of(json.readValue(stored, Topic.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public CitationResult citations(CitationRequest request) {
    return citations.search(request);
  }

  @Override
  public long exportCitations(CitationRequest request, org.medsearch.cite.ExportFormat format,
      java.io.OutputStream out) throws IOException {
    return citations.export(request, format, out);
  }

  @Override
  public long documentCount() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
