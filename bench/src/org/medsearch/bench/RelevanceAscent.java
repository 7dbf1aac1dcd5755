package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.search.SearchEngine;

/**
 * Tunes the ranking constants jointly by coordinate ascent, to learn how far the constants alone
 * can take the ranking, and checks the answer on questions the ascent did not see: the questions
 * are split in two by the parity of their number; the ascent runs on one half (the objective is
 * the mean of condensed nDCG@10 and MRR@10 over the four query forms) and the constants it finds
 * are scored on the other half, then the halves swap. In-process, on the index the Relevance
 * benchmark built. {@code bash bench/run RelevanceAscent [rounds]}
 */
public final class RelevanceAscent {
  /** A constant, its value in the code, and the values the ascent tries for it (as factors, or as values when {@code absolute}). */
  private record Param(String name, float start, float[] steps, boolean absolute) {}

  private static final List<Param> PARAMS = List.of(
      new Param("title", 1f, new float[] {0.6f, 0.8f, 1.25f, 1.6f}, false),
      new Param("aliases", 2.5f, new float[] {0.6f, 0.8f, 1.25f, 1.6f}, false),
      new Param("topic_names", 1.2f, new float[] {0.6f, 0.8f, 1.25f, 1.6f}, false),
      new Param("tie", 0.1f, new float[] {0f, 0.05f, 0.2f, 0.3f}, true),
      new Param("mention", 6f, new float[] {0.6f, 0.8f, 1.25f, 1.6f}, false),
      new Param("mentioncap", 2f, new float[] {1f, 3f}, true),
      new Param("qtype", 4f, new float[] {0.5f, 0.75f, 1.5f, 2f}, false),
      new Param("qafter", 4f, new float[] {0.5f, 0.75f, 1.5f, 2f}, false),
      new Param("lead", 0.5f, new float[] {0f, 0.25f, 1f}, true),
      new Param("proximity", 0.5f, new float[] {0.5f, 2f}, false),
      new Param("synonym", 0.5f, new float[] {0f, 0.25f, 1f}, true),
      new Param("common", 0.1f, new float[] {0.05f, 0.2f}, true));

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    System.setProperty("medsearch.result-cache", "0");
    ObjectMapper json = Json.mapper();
    List<LiveQa.Question> questions = LiveQa.questions(json).stream().filter(q -> !q.grades().isEmpty()).toList();
    Map<String, Function<LiveQa.Question, String>> forms = QueryForms.short4();
    try (SearchEngine engine = Service.openEngine(Path.of("bench/out/medquad/index"), json)) {
      Function<Predicate<LiveQa.Question>, double[]> eval = which -> QueryForms.condensed(engine, forms, questions, which);
      Predicate<LiveQa.Question> odd = q -> q.number() % 2 == 1;
      Predicate<LiveQa.Question> even = odd.negate();
      Predicate<LiveQa.Question> all = q -> true;
      print("code constants, all", eval.apply(all));
      for (var fold : List.of(Map.entry("odd", odd), Map.entry("even", even))) {
        Map<String, Float> found = ascend(eval, fold.getValue(), rounds);
        System.out.println("tuned on the " + fold.getKey() + " half: " + found);
        print("  code constants, " + fold.getKey() + " half (train)", eval.apply(fold.getValue()));
        print("  tuned, " + fold.getKey() + " half (train)", with(found, () -> eval.apply(fold.getValue())));
        print("  code constants, other half (held out)", eval.apply(fold.getValue().negate()));
        print("  tuned, other half (held out)", with(found, () -> eval.apply(fold.getValue().negate())));
      }
      Map<String, Float> found = ascend(eval, all, rounds);
      System.out.println("tuned on all: " + found);
      print("  tuned, all", with(found, () -> eval.apply(all)));
    }
  }

  private static Map<String, Float> ascend(Function<Predicate<LiveQa.Question>, double[]> eval,
      Predicate<LiveQa.Question> train, int rounds) {
    Map<String, Float> current = new LinkedHashMap<>();
    PARAMS.forEach(p -> current.put(p.name(), p.start()));
    double best = with(current, () -> objective(eval.apply(train)));
    for (int r = 0; r < rounds; r++) {
      boolean moved = false;
      for (Param p : PARAMS) {
        float base = current.get(p.name());
        for (float s : p.steps()) {
          float v = p.absolute() ? s : base * s;
          Map<String, Float> trial = new LinkedHashMap<>(current);
          trial.put(p.name(), v);
          double o = with(trial, () -> objective(eval.apply(train)));
          if (o > best + 1e-4) {
            best = o;
            current.put(p.name(), v);
            moved = true;
          }
        }
      }
      System.out.printf(Locale.ROOT, "  round %d: objective %.4f %s%n", r + 1, best, current);
      if (!moved) {
        break;
      }
    }
    return current;
  }

  private static double objective(double[] f) {
    double s = 0;
    for (double x : f) {
      s += x;
    }
    return s / f.length;
  }

  private static <T> T with(Map<String, Float> values, Supplier<T> run) {
    values.forEach((k, v) -> System.setProperty("medsearch.rank." + k, Float.toString(v)));
    try {
      return run.get();
    } finally {
      values.keySet().forEach(k -> System.clearProperty("medsearch.rank." + k));
    }
  }

  private static void print(String label, double[] f) {
    System.out.printf(Locale.ROOT, "%-44s para %.4f/%.4f  orig %.4f/%.4f  foci %.4f/%.4f  typo %.4f/%.4f%n", label,
        f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
  }
}
