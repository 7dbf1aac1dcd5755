package org.medsearch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0, "d", 1);

  @Test
  void condensedFiguresSkipUnjudgedAnswers() {
    // Full: x (unjudged) first, so the first relevant answer is second; condensed drops x.
    List<String> ranking = List.of("x", "b", "a", "c");
    Metrics.Scores full = Metrics.score(ranking, GRADES, false);
    Metrics.Scores condensed = Metrics.score(ranking, GRADES, true);
    assertThat(full.rr()).isEqualTo(0.5);
    assertThat(condensed.rr()).isEqualTo(1.0);
    assertThat(condensed.firstGrade()).isEqualTo(2.0);
    // DCG 2 + 3/log2(3) over the ideal 3 + 2/log2(3) + 1/2.
    double ideal = 3 + 2 / log2(3) + 1 / log2(4);
    assertThat(condensed.ndcg()).isCloseTo((2 + 3 / log2(3)) / ideal, within(1e-12));
    assertThat(condensed.ap()).isCloseTo((1 + 1) / 2.0, within(1e-12));
  }

  @Test
  void bootstrapDrawsAreRepeatableAndCoverTheQuestions() {
    int[][] a = Metrics.resamples(50, 200, 7);
    int[][] b = Metrics.resamples(50, 200, 7);
    assertThat(a).isDeepEqualTo(b);
    assertThat(Arrays.deepEquals(Metrics.resamples(50, 200, 8), a)).isFalse();
    for (int[] draw : a) {
      assertThat(draw).hasSize(50);
      assertThat(Arrays.stream(draw).allMatch(i -> i >= 0 && i < 50)).isTrue();
    }
  }

  @Test
  void ratiosAreTheMeansOfEachDrawDivided() {
    List<Metrics.Scores> ours = List.of(scores(1.0), scores(0.5));
    List<Metrics.Scores> base = List.of(scores(0.5), scores(0.5));
    double[] r = Metrics.ratios(ours, base, Metrics.Scores::ndcg, new int[][] {{0, 0}, {1, 1}, {0, 1}});
    assertThat(r).containsExactly(2.0, 1.0, 1.5);
    assertThat(Metrics.quantile(r, 0.5)).isEqualTo(1.5);
    assertThat(Metrics.quantile(r, 0.0)).isEqualTo(1.0);
    assertThat(Metrics.quantile(r, 1.0)).isEqualTo(2.0);
    assertThat(Metrics.shareAbove(r, new double[] {1.0, 1.0, 1.5})).isCloseTo(1 / 3.0, within(1e-12));
  }

  private static Metrics.Scores scores(double ndcg) {
    return new Metrics.Scores(ndcg, 0, 0, 0, 0);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
