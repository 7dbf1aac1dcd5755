package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.app.Json;
import org.medsearch.cite.ExportFormat;
import org.medsearch.index.Analyzers;
import org.medsearch.index.Documents;
import org.medsearch.index.MedicalAnalyzer;
import org.medsearch.index.Schema;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Section;
import org.medsearch.model.Topic;

/**
 * Citation search against a plain reference written from the rules alone (every matching
 * citation record, grouped by work key in a map), on an index of several segments with deleted
 * topics, sections sharing the citations' words, and copies of a work differing in year and
 * journal: the same total, the same page in the same order with the same scores, the same facet
 * counts, and exports in the same order.
 */
class CitationCollapseTest {
  private static final ObjectMapper JSON = Json.mapper();
  private static final List<String> WORDS = List.of("epilepsy", "myoclonus", "tremor", "cortical", "seizure",
      "syndrome", "family", "case", "report", "adults");
  private static final List<String> FAMILIES = List.of("Sharma", "Jain", "Park", "van Ruissen", "Thijs");
  private static final List<String> JOURNALS = List.of("Ann Indian Acad Neurol", "Annals of Indian Academy of Neurology",
      "Neurol India", "Lancet", "Case Rep Med");

  @TempDir static Path dir;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static CitationSearch citations;
  static CitationQuery queries;
  static final Map<Integer, Integer> yearOf = new HashMap<>();
  static final Map<Integer, String> journalOf = new HashMap<>();

  @BeforeAll
  static void index() throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex());
    config.setMaxBufferedDocs(40);
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    Random random = new Random(20261127L);
    List<Citation> works = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      works.add(work(random, i));
    }
    Documents documents = new Documents(JSON);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
      for (int t = 0; t < 24; t++) {
        List<Citation> cites = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
          cites.add(copy(random, works.get(random.nextInt(works.size()))));
        }
        String id = String.format(Locale.ROOT, "t%02d", t);
        // Sections share the citations' words, so free words and the topic filter also match other records.
        List<Section> sections = List.of(new Section("s1", "Epilepsy", "Epilepsy and myoclonus in adults: a case report."),
            new Section("s2", "Tremor", "Cortical tremor, seizure syndrome."));
        writer.addDocuments(documents.of(new Topic(id, "Topic " + t, List.of(), null, null, null, sections, List.of(), cites)));
      }
      writer.deleteDocuments(new Term(Schema.TOPIC_ID, "t03"), new Term(Schema.TOPIC_ID, "t17"));
      writer.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    assertThat(reader.leaves().size()).isGreaterThan(3);
    assertThat(reader.hasDeletions()).isTrue();
    searcher = new IndexSearcher(reader);
    MedicalAnalyzer analyzer = new MedicalAnalyzer();
    citations = new CitationSearch(searcher, analyzer, new Snippets(searcher, analyzer), JSON);
    queries = new CitationQuery(analyzer);
    NumericDocValues years = MultiDocValues.getNumericValues(reader, Schema.CITE_YEAR);
    for (int d = years.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = years.nextDoc()) {
      yearOf.put(d, (int) years.longValue());
    }
    SortedDocValues labels = MultiDocValues.getSortedValues(reader, Schema.CITE_JOURNAL_LABEL);
    for (int d = labels.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = labels.nextDoc()) {
      journalOf.put(d, labels.lookupOrd(labels.ordValue()).utf8ToString());
    }
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
  }

  /** Work {@code i}: two thirds with a DOI (copies keep it), the others known by title and year; some without year or journal. */
  private static Citation work(Random r, int i) {
    StringBuilder title = new StringBuilder();
    for (int w = 0, n = 2 + r.nextInt(4); w < n; w++) {
      title.append(w == 0 ? "" : " ").append(WORDS.get(r.nextInt(WORDS.size())));
    }
    List<Name> authors = new ArrayList<>();
    for (int a = 0, n = 1 + r.nextInt(3); a < n; a++) {
      authors.add(Name.person(FAMILIES.get(r.nextInt(FAMILIES.size())), "C" + (char) ('A' + r.nextInt(3))));
    }
    Citation.Issued issued = r.nextInt(8) == 0 ? null : Citation.Issued.ofYear(2010 + r.nextInt(7));
    String journal = r.nextInt(8) == 0 ? null : JOURNALS.get(r.nextInt(JOURNALS.size()));
    String doi = i % 3 == 2 ? null : "10.5555/test." + i;
    return new Citation(null, "article-journal", title.toString(), journal, null, authors, issued, null, null, null,
        null, doi, null, null, null, false, null);
  }

  /** A citation of the work as another page may write it: a work with a DOI may differ in year and journal. */
  private static Citation copy(Random r, Citation w) {
    if (w.doi() == null || r.nextInt(3) > 0) {
      return w;
    }
    Citation.Issued issued = r.nextBoolean() ? Citation.Issued.ofYear(2010 + r.nextInt(7)) : w.issued();
    String journal = r.nextBoolean() ? JOURNALS.get(r.nextInt(JOURNALS.size())) : w.containerTitle();
    return new Citation(null, w.type(), w.title(), journal, null, w.author(), issued, null, null, null, null, w.doi(),
        null, null, null, false, null);
  }

  static Stream<CitationRequest> requests() {
    List<CitationRequest> out = new ArrayList<>();
    List<String> qs = List.of("", "epilepsy", "myoclonus epilepsy", "author:sharma", "author:jain OR year:2014",
        "title:tremor NOT year:2012", "epi*", "case OR report");
    List<Set<String>> journals = List.of(Set.of(), Set.of("ann indian acad neurol"), Set.of("Lancet", "Neurol India"));
    int n = 0;
    for (String q : qs) {
      for (List<String> authors : List.of(List.<String>of(), List.of("sharma"))) {
        for (Set<String> js : journals) {
          for (int years = 0; years < 3; years++) {
            CitationRequest.Sort sort = n % 2 == 0 ? CitationRequest.Sort.RELEVANCE : CitationRequest.Sort.YEAR;
            int page = n % 3 == 0 ? 2 : 1;
            out.add(new CitationRequest(q, authors, js, years == 1 ? Set.of(2014, 2011) : Set.of(),
                years == 2 ? 2012 : null, years == 2 ? 2015 : null, null, n % 7 == 0 ? "t05" : null, null, sort, page, 6,
                Set.of()));
            n++;
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void search_gives_the_page_total_and_facets_of_the_reference(CitationRequest r) {
    Expected e = expected(r);
    CitationResult got = citations.search(r);
    assertThat(got.total()).isEqualTo(e.order.size());
    List<Record> page = e.order.subList(Math.min(e.order.size(), (r.page() - 1) * r.size()),
        Math.min(e.order.size(), r.page() * r.size()));
    assertThat(got.hits().stream().map(h -> h.id() + " " + h.score()).toList())
        .isEqualTo(page.stream().map(x -> x.id + " " + x.score).toList());
    assertThat(List.copyOf(got.facets().get("year").entrySet())).isEqualTo(List.copyOf(e.years.entrySet()));
    assertThat(List.copyOf(got.facets().get("journal").entrySet())).isEqualTo(List.copyOf(e.journals.entrySet()));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void export_writes_every_work_of_the_reference_in_its_order(CitationRequest r) throws Exception {
    Expected e = expected(r);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    citations.export(r, ExportFormat.CSL_JSON, out);
    List<String> titles = new ArrayList<>();
    for (JsonNode item : JSON.readTree(out.toString(StandardCharsets.UTF_8))) {
      titles.add(item.get("title").asText() + "|" + item.path("DOI").asText());
    }
    assertThat(titles).isEqualTo(e.order.stream().map(x -> x.title + "|" + x.doi).toList());
  }

  @Test
  void searches_at_the_same_time_answer_as_they_do_one_at_a_time() throws Exception {
    List<CitationRequest> all = requests().toList();
    List<String> alone = all.stream().map(CitationCollapseTest::summary).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> together = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (CitationRequest r : all) {
          together.add(pool.submit(() -> summary(r)));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertThat(together.get(i).get()).isEqualTo(alone.get(i % all.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String summary(CitationRequest r) {
    CitationResult got = citations.search(r);
    return got.total() + " " + got.hits().stream().map(h -> h.id() + " " + h.score()).toList() + " " + got.facets();
  }

  record Record(int doc, String id, String work, float score, int year, String journal, String title, String doi) {}

  record Expected(List<Record> order, Map<String, Long> years, Map<String, Long> journals) {}

  /**
   * The rules: the best-scoring record of a work stands for it (on equal scores the first in the
   * index); relevance orders by score, then newest, then work key; year by newest, then score,
   * then work key. A facet counts the works with a record passing the other facet's filter, by
   * the first such record's value.
   */
  private static Expected expected(CitationRequest r) {
    Query base = queries.base(r);
    Query journal = queries.journalFilter(r);
    Query year = queries.yearFilter(r);
    Map<Integer, Float> scores = new HashMap<>();
    for (Record x : records(base)) {
      scores.put(x.doc, x.score);
    }
    Map<String, Record> best = new LinkedHashMap<>();
    for (Record x : records(and(base, journal, year))) {
      Record scored = new Record(x.doc, x.id, x.work, scores.get(x.doc), x.year, x.journal, x.title, x.doi);
      Record b = best.get(x.work);
      if (b == null || scored.score > b.score) {
        best.put(x.work, scored);
      }
    }
    Comparator<Record> byScore = Comparator.comparingDouble((Record x) -> -x.score);
    Comparator<Record> byYear = Comparator.comparingLong((Record x) -> -(long) x.year);
    Comparator<Record> byWork = Comparator.comparing((Record x) -> new BytesRef(x.work));
    List<Record> order = new ArrayList<>(best.values());
    order.sort(r.sort() == CitationRequest.Sort.YEAR ? byYear.thenComparing(byScore).thenComparing(byWork)
        : byScore.thenComparing(byYear).thenComparing(byWork));

    Map<String, Record> firstForYears = first(records(and(base, journal, null)));
    TreeMap<Integer, Long> years = new TreeMap<>(Comparator.reverseOrder());
    firstForYears.values().stream().filter(x -> x.year != WorkCollapse.NO_YEAR).forEach(x -> years.merge(x.year, 1L, Long::sum));
    Map<String, Long> yearCounts = new LinkedHashMap<>();
    years.forEach((y, c) -> yearCounts.put(String.valueOf(y), c));

    Map<String, Long> journals = new HashMap<>();
    first(records(and(base, null, year))).values().stream().filter(x -> x.journal != null)
        .forEach(x -> journals.merge(x.journal, 1L, Long::sum));
    Map<String, Long> journalCounts = new LinkedHashMap<>();
    journals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(x -> journalCounts.put(x.getKey(), x.getValue()));
    return new Expected(order, yearCounts, journalCounts);
  }

  private static Map<String, Record> first(List<Record> inDocOrder) {
    Map<String, Record> out = new LinkedHashMap<>();
    inDocOrder.forEach(x -> out.putIfAbsent(x.work, x));
    return out;
  }

  private static Query and(Query base, Query f1, Query f2) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
    for (Query f : new Query[] {f1, f2}) {
      if (f != null) {
        b.add(f, BooleanClause.Occur.FILTER);
      }
    }
    return b.build();
  }

  /** Every live citation record matching {@code q}, in index order, with its score. */
  private static List<Record> records(Query q) {
    Query citations = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.TYPE, Documents.TYPE_CITATION)), BooleanClause.Occur.FILTER).build();
    try {
      List<Record> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(citations, Math.max(1, reader.maxDoc())).scoreDocs) {
        var d = searcher.storedFields().document(sd.doc);
        Citation c = JSON.readValue(d.get(Schema.CSL_JSON), Citation.class);
        out.add(new Record(sd.doc, d.get(Schema.ID), d.get(Schema.CITE_WORK), sd.score,
            yearOf.getOrDefault(sd.doc, WorkCollapse.NO_YEAR), journalOf.get(sd.doc), c.title(), c.doi() == null ? "" : c.doi()));
      }
      out.sort(Comparator.comparingInt(Record::doc));
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
