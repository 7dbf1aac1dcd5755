package org.medsearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.Hit;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;

/**
 * The four ways a LiveQA question is put to the search: the NIST paraphrase (the original where
 * it is empty), the original subject and message, the annotated foci as search-box words, and the
 * paraphrase with deterministic typos in its two longest words.
 */
final class QueryForms {
  private QueryForms() {}

  static String paraphrase(LiveQa.Question q) {
    return q.paraphrase().isBlank() ? q.subject() + " " + q.message() : q.paraphrase();
  }

  static String original(LiveQa.Question q) {
    return (q.subject() + " " + q.message()).strip();
  }

  static String foci(LiveQa.Question q) {
    return String.join(" ", q.foci());
  }

  /**
   * The foci and the annotated types of answer asked for, as words ("DVT cause", "UTI treatment",
   * "Carvedilol Hydrslazine interaction"): a search-box query that says what it asks about.
   */
  static String fociAndTypes(LiveQa.Question q) {
    List<String> words = new ArrayList<>(q.foci());
    q.types().forEach(t -> words.add(t.toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    return String.join(" ", words);
  }

  static String typo(LiveQa.Question q) {
    return Typos.inLongestWords(q.paraphrase().isBlank() ? q.subject() : q.paraphrase(), 2);
  }

  /** The four forms under short names, in the order the in-process tools print them. */
  static Map<String, Function<LiveQa.Question, String>> short4() {
    Map<String, Function<LiveQa.Question, String>> forms = new LinkedHashMap<>();
    forms.put("para", QueryForms::paraphrase);
    forms.put("orig", QueryForms::original);
    forms.put("foci", QueryForms::foci);
    forms.put("typo", QueryForms::typo);
    return forms;
  }

  /**
   * Condensed nDCG@10 and MRR@10 of each form, in order (two figures a form), over the questions
   * {@code which} keeps: each question's best 100 sections in process, a syntax error counting
   * as an empty ranking.
   */
  static double[] condensed(SearchEngine engine, Map<String, Function<LiveQa.Question, String>> forms,
      List<LiveQa.Question> questions, Predicate<LiveQa.Question> which) {
    double[] out = new double[forms.size() * 2];
    int f = 0;
    for (Function<LiveQa.Question, String> form : forms.values()) {
      List<Metrics.Scores> per = new ArrayList<>();
      for (LiveQa.Question q : questions) {
        if (!which.test(q)) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        try {
          for (Hit h : engine.search(new SearchRequest(form.apply(q), Set.of("section"), Set.of(), null, 1, 100)).hits()) {
            ids.add(h.id());
          }
        } catch (BadRequestException e) {
          // counts as an empty ranking
        }
        per.add(Metrics.score(ids, q.grades(), true));
      }
      Metrics.Scores m = Metrics.mean(per);
      out[f++] = m.ndcg();
      out[f++] = m.rr();
    }
    return out;
  }
}
