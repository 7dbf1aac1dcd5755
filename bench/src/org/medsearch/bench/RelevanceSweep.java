package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.Hit;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;

/**
 * Sweeps one ranking constant over values, in-process on the index the Relevance benchmark
 * built, printing condensed nDCG@10 and MRR@10 per query form: for choosing constants by the
 * figures. {@code bash bench/run RelevanceSweep mention 0,2,4,8}
 */
public final class RelevanceSweep {
  public static void main(String[] args) throws Exception {
    String name = args[0];
    ObjectMapper json = Json.mapper();
    List<LiveQa.Question> questions = LiveQa.questions(json).stream().filter(q -> !q.grades().isEmpty()).toList();
    Map<String, Function<LiveQa.Question, String>> forms = new LinkedHashMap<>();
    forms.put("para", q -> q.paraphrase().isBlank() ? q.subject() + " " + q.message() : q.paraphrase());
    forms.put("orig", q -> (q.subject() + " " + q.message()).strip());
    forms.put("foci", q -> String.join(" ", q.foci()));
    forms.put("typo", q -> Typos.inLongestWords(q.paraphrase().isBlank() ? q.subject() : q.paraphrase(), 2));
    {
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", name));
      forms.keySet().forEach(f -> head.append(String.format(Locale.ROOT, " %6s-nDCG %6s-MRR", f, f)));
      System.out.println(head);
      for (String v : args[1].split(",")) {
        System.setProperty("medsearch.rank." + name, v);
        try (SearchEngine engine = Service.openEngine(Path.of("bench/out/medquad/index"), json)) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", v));
        for (var form : forms.values()) {
          List<Metrics.Scores> per = new ArrayList<>();
          for (LiveQa.Question q : questions) {
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
          line.append(String.format(Locale.ROOT, " %11.4f %10.4f", m.ndcg(), m.rr()));
        }
        System.out.println(line);
        }
      }
    }
  }
}
