package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.search.SearchEngine;

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
    Map<String, Function<LiveQa.Question, String>> forms = QueryForms.short4();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", name));
    forms.keySet().forEach(f -> head.append(String.format(Locale.ROOT, " %6s-nDCG %6s-MRR", f, f)));
    System.out.println(head);
    for (String v : args[1].split(",")) {
      System.setProperty("medsearch.rank." + name, v);
      try (SearchEngine engine = Service.openEngine(Path.of("bench/out/medquad/index"), json)) {
        double[] f = QueryForms.condensed(engine, forms, questions, q -> true);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", v));
        for (int i = 0; i < f.length; i += 2) {
          line.append(String.format(Locale.ROOT, " %11.4f %10.4f", f[i], f[i + 1]));
        }
        System.out.println(line);
      }
    }
  }
}
