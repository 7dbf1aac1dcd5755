package org.medsearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Ranking metrics at a cut-off of 10 against graded judgments (0-3). nDCG uses the grade as
 * gain; MAP, MRR and P@10 count grade >= 2 as relevant. "Condensed" figures first drop the
 * unjudged answers from the ranking (Sakai's condensed lists), since the judgment pool came from
 * other systems and most of a new system's top 10 is unjudged.
 */
public final class Metrics {
  public static final int CUT = 10;
  public static final int RELEVANT = 2;

  /** The figures of one ranking for one question. */
  public record Scores(double ndcg, double ap, double rr, double p10, double firstGrade) {}

  private Metrics() {}

  public static Scores score(List<String> ranking, Map<String, Integer> grades, boolean condensed) {
    List<String> r = new ArrayList<>();
    for (String id : ranking) {
      if (!condensed || grades.containsKey(id)) {
        r.add(id);
      }
      if (r.size() == CUT) {
        break;
      }
    }
    double dcg = 0;
    double hitsSoFar = 0;
    double apSum = 0;
    double rr = 0;
    for (int i = 0; i < r.size(); i++) {
      int g = grades.getOrDefault(r.get(i), 0);
      dcg += g / log2(i + 2);
      if (g >= RELEVANT) {
        hitsSoFar++;
        apSum += hitsSoFar / (i + 1);
        if (rr == 0) {
          rr = 1.0 / (i + 1);
        }
      }
    }
    List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(CUT, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    long relevant = grades.values().stream().filter(g -> g >= RELEVANT).count();
    double ap = relevant == 0 ? 0 : apSum / Math.min(relevant, CUT);
    double first = r.isEmpty() ? 0 : grades.getOrDefault(r.get(0), 0);
    return new Scores(idcg == 0 ? 0 : dcg / idcg, ap, rr, hitsSoFar / CUT, first);
  }

  public static Scores mean(List<Scores> all) {
    double n = all.size();
    return new Scores(all.stream().mapToDouble(Scores::ndcg).sum() / n, all.stream().mapToDouble(Scores::ap).sum() / n,
        all.stream().mapToDouble(Scores::rr).sum() / n, all.stream().mapToDouble(Scores::p10).sum() / n,
        all.stream().mapToDouble(Scores::firstGrade).sum() / n);
  }

  /**
   * Question samples for a paired bootstrap: {@code rounds} draws of {@code n} question indexes
   * with replacement, the same draws for every system and form compared on them (fixed seed, so
   * a run prints the same intervals).
   */
  public static int[][] resamples(int n, int rounds, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] out = new int[rounds][n];
    for (int[] draw : out) {
      for (int i = 0; i < n; i++) {
        draw[i] = random.nextInt(n);
      }
    }
    return out;
  }

  /** For each resample, the mean of {@code figure} over {@code ours} divided by its mean over {@code base}. */
  public static double[] ratios(List<Scores> ours, List<Scores> base, ToDoubleFunction<Scores> figure, int[][] samples) {
    double[] out = new double[samples.length];
    for (int s = 0; s < samples.length; s++) {
      double o = 0;
      double b = 0;
      for (int i : samples[s]) {
        o += figure.applyAsDouble(ours.get(i));
        b += figure.applyAsDouble(base.get(i));
      }
      out[s] = b == 0 ? Double.NaN : o / b;
    }
    return out;
  }

  /** The value below which {@code share} of {@code values} fall (nearest rank; NaN ignored). */
  public static double quantile(double[] values, double share) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[(int) Math.min(v.length - 1, Math.max(0, Math.ceil(share * v.length) - 1))];
  }

  /** The share of the pairs where {@code a[i]} is above {@code b[i]}. */
  public static double shareAbove(double[] a, double[] b) {
    int above = 0;
    for (int i = 0; i < a.length; i++) {
      above += a[i] > b[i] ? 1 : 0;
    }
    return (double) above / a.length;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
