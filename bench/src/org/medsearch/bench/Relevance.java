package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.app.Settings;
import org.medsearch.model.Topic;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.Hit;
import org.medsearch.search.SearchRequest;

/**
 * Relevance on real consumer questions: indexes the MedQuAD topics, runs the 104 TREC 2017
 * LiveQA medical questions against {@code /api/search?type=section} and prints nDCG@10, MAP@10,
 * MRR@10, P@10 and the mean grade of the first hit, full and condensed, next to the plain BM25
 * baseline computed in the same run.
 *
 * <p>Query forms: the NIST paraphrase, the original subject plus message, and two search-box
 * forms derived the same way for every question: the annotated foci (a few key words, what
 * people type), the paraphrase with a typo in each of its two longest words, and the foci with
 * the annotated types of answer as words ("DVT cause", "UTI treatment").
 *
 * <pre>bash bench/run Relevance [--in-process] [--reindex] [--per-question FORM]</pre>
 *
 * <p>{@code --per-question FORM} (a form's first word: paraphrase, original, foci, typo, foci+type) then
 * prints, for each question of that form, the reciprocal rank of both systems (condensed), the
 * first judged hits of medsearch with their grades, and where each relevant answer ranks in both:
 * for reading the losses, not for tuning to them.
 */
public final class Relevance {
  private static final Path WORK = Path.of("bench/out/medquad");

  public static void main(String[] args) throws Exception {
    boolean inProcess = List.of(args).contains("--in-process");
    boolean reindex = List.of(args).contains("--reindex");
    int at = List.of(args).indexOf("--per-question");
    String perQuestion = at >= 0 && at + 1 < args.length ? args[at + 1] : null;
    ObjectMapper json = Json.mapper();
    long t0 = System.nanoTime();
    List<Topic> topics = MedQuad.topics(json);
    Path corpus = MedQuad.writeCorpus(WORK.resolve("corpus"), json);
    Path index = WORK.resolve("index");
    if (reindex || !Files.exists(index.resolve("CURRENT"))) {
      Indexing.Report r = new Indexing(json).run(corpus, index);
      System.out.printf(Locale.ROOT, "indexed %d topics, %d records in %.1f s%n", r.corpus().topics().size(),
          r.records(), r.took().toMillis() / 1000.0);
    }
    List<LiveQa.Question> questions = LiveQa.questions(json).stream().filter(q -> !q.grades().isEmpty()).toList();
    Map<String, Function<LiveQa.Question, String>> forms = new LinkedHashMap<>();
    forms.put("paraphrase", QueryForms::paraphrase);
    forms.put("original", QueryForms::original);
    forms.put("foci (search box)", QueryForms::foci);
    forms.put("typo (search box)", QueryForms::typo);
    forms.put("foci+type (box)", QueryForms::fociAndTypes);

    try (Bm25Baseline baseline = new Bm25Baseline(topics);
        Service service = Service.start(new Settings(corpus, index, "127.0.0.1", 0), json)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + service.port();
      System.out.printf(Locale.ROOT, "%d judged questions, %d topics; medsearch via %s; setup %.1f s%n%n",
          questions.size(), topics.size(), inProcess ? "in-process engine" : "HTTP " + base + "/api/search?type=section",
          (System.nanoTime() - t0) / 1e9);
      System.out.printf(Locale.ROOT, "%-19s %-10s %-9s %7s %7s %7s %7s %7s  %s%n", "form", "system", "figures",
          "nDCG@10", "MAP@10", "MRR@10", "P@10", "grade@1", "rejected");
      Map<String, List<Metrics.Scores>> oursPer = new LinkedHashMap<>();
      Map<String, List<Metrics.Scores>> basePer = new LinkedHashMap<>();
      for (var form : forms.entrySet()) {
        Map<String, List<List<String>>> runs = new LinkedHashMap<>();
        List<List<String>> ours = new ArrayList<>();
        List<List<String>> base25 = new ArrayList<>();
        int rejected = 0;
        for (LiveQa.Question q : questions) {
          String text = form.getValue().apply(q);
          base25.add(baseline.search(text, 100));
          try {
            ours.add(inProcess ? inProcess(service, text) : overHttp(http, base, text, json));
          } catch (BadRequestException e) {
            rejected++;
            ours.add(List.of());
          }
        }
        runs.put("bm25", base25);
        runs.put("medsearch", ours);
        Map<String, Metrics.Scores> condensed = new LinkedHashMap<>();
        for (var run : runs.entrySet()) {
          for (boolean c : new boolean[] {true, false}) {
            List<Metrics.Scores> per = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
              per.add(Metrics.score(run.getValue().get(i), questions.get(i).grades(), c));
            }
            Metrics.Scores m = Metrics.mean(per);
            if (c) {
              condensed.put(run.getKey(), m);
              (run.getKey().equals("medsearch") ? oursPer : basePer).put(form.getKey(), per);
            }
            System.out.printf(Locale.ROOT, "%-19s %-10s %-9s %7.4f %7.4f %7.4f %7.4f %7.3f  %s%n", form.getKey(),
                run.getKey(), c ? "condensed" : "full", m.ndcg(), m.ap(), m.rr(), m.p10(), m.firstGrade(),
                run.getKey().equals("medsearch") ? rejected : "");
          }
        }
        Metrics.Scores b = condensed.get("bm25");
        Metrics.Scores o = condensed.get("medsearch");
        System.out.printf(Locale.ROOT, "%-19s ratio medsearch/bm25 (condensed): nDCG@10 %.3f  MRR@10 %.3f  MAP@10 %.3f%n%n",
            form.getKey(), o.ndcg() / b.ndcg(), o.rr() / b.rr(), o.ap() / b.ap());
        if (perQuestion != null && form.getKey().split(" ")[0].equals(perQuestion)) {
          perQuestion(service, questions, form.getValue(), base25);
        }
      }
      uncertainty(oursPer, basePer, questions.size());
    }
  }

  /** Resamples of the questions for {@link #uncertainty}. */
  private static final int ROUNDS = 10_000;

  /**
   * How far the ratios are from chance: a paired bootstrap over the questions (the same resamples
   * for both systems and every form). For each form, the median and 95 % interval of the condensed
   * nDCG@10 and MRR@10 ratios and the share of resamples with the ratio at least 1.2; for each
   * search-box form, the share of resamples where its ratio is above the paraphrase's and the
   * original's. With 103 questions a ratio moves by about .01 when one question's first relevant
   * answer moves one place, so two ratios .02 apart are not told apart by this set.
   */
  private static void uncertainty(Map<String, List<Metrics.Scores>> ours, Map<String, List<Metrics.Scores>> base, int n) {
    int[][] samples = Metrics.resamples(n, ROUNDS, 1);
    Map<String, double[][]> ratios = new LinkedHashMap<>();
    ours.forEach((form, per) -> ratios.put(form, new double[][] {
        Metrics.ratios(per, base.get(form), Metrics.Scores::ndcg, samples),
        Metrics.ratios(per, base.get(form), Metrics.Scores::rr, samples)}));
    System.out.printf(Locale.ROOT, "uncertainty: paired bootstrap over the %d questions, %,d resamples (condensed ratio medsearch/bm25)%n",
        n, ROUNDS);
    System.out.printf(Locale.ROOT, "%-19s %-7s %6s %15s %9s %12s %12s%n", "form", "figure", "median", "95% interval",
        ">= 1.2", "> paraphrase", "> original");
    String[] figures = {"nDCG@10", "MRR@10"};
    double[][] paraphrase = ratios.get("paraphrase");
    double[][] original = ratios.get("original");
    ratios.forEach((form, r) -> {
      for (int f = 0; f < 2; f++) {
        double[] v = r[f];
        double atLeast = Arrays.stream(v).filter(x -> x >= 1.2).count() / (double) v.length;
        boolean box = form.contains("box");
        System.out.printf(Locale.ROOT, "%-19s %-7s %6.3f %7.3f-%-7.3f %8.1f%% %12s %12s%n", form, figures[f],
            Metrics.quantile(v, 0.5), Metrics.quantile(v, 0.025), Metrics.quantile(v, 0.975), 100 * atLeast,
            box ? String.format(Locale.ROOT, "%.1f%%", 100 * Metrics.shareAbove(v, paraphrase[f])) : "",
            box ? String.format(Locale.ROOT, "%.1f%%", 100 * Metrics.shareAbove(v, original[f])) : "");
      }
    });
    System.out.println();
  }

  /** The per-question reading of one form: see the class comment. */
  private static void perQuestion(Service service, List<LiveQa.Question> questions,
      Function<LiveQa.Question, String> form, List<List<String>> bm25) {
    for (int i = 0; i < questions.size(); i++) {
      LiveQa.Question q = questions.get(i);
      String text = form.apply(q);
      List<Hit> hits;
      try {
        hits = service.engine().search(new SearchRequest(text, Set.of("section"), Set.of(), null, 1, 100)).hits();
      } catch (BadRequestException e) {
        hits = List.of();
      }
      List<String> ids = hits.stream().map(Hit::id).toList();
      List<String> theirs = bm25.get(i);
      System.out.printf(Locale.ROOT, "%s medsearch RR %.2f bm25 RR %.2f | %s%n", q.qid(),
          Metrics.score(ids, q.grades(), true).rr(), Metrics.score(theirs, q.grades(), true).rr(),
          text.replaceAll("\\s+", " ").strip());
      hits.stream().filter(h -> q.grades().containsKey(h.id())).limit(4).forEach(h -> System.out.printf(Locale.ROOT,
          "   medsearch grade %d %-32s %s [%s]%n", q.grades().get(h.id()), h.id(), h.title(),
          h.topic() == null ? "" : h.topic().title()));
      q.grades().entrySet().stream().filter(e -> e.getValue() >= Metrics.RELEVANT).sorted(Map.Entry.comparingByKey())
          .forEach(e -> System.out.printf(Locale.ROOT, "   relevant grade %d %-32s medsearch rank %s, bm25 rank %s%n",
              e.getValue(), e.getKey(), rank(ids, e.getKey()), rank(theirs, e.getKey())));
    }
    System.out.println();
  }

  private static String rank(List<String> ranking, String id) {
    int r = ranking.indexOf(id);
    return r < 0 ? "-" : Integer.toString(r + 1);
  }

  private static List<String> inProcess(Service service, String q) {
    List<String> ids = new ArrayList<>();
    for (Hit h : service.engine().search(new SearchRequest(q, Set.of("section"), Set.of(), null, 1, 100)).hits()) {
      ids.add(h.id());
    }
    return ids;
  }

  private static List<String> overHttp(HttpClient http, String base, String q, ObjectMapper json) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?type=section&size=100&q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = json.readTree(r.body());
    if (r.statusCode() == 400) {
      throw new BadRequestException(body.get("error").get("message").asText());
    }
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
    }
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
