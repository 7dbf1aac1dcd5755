package org.medsearch.bench;

import java.util.Locale;

/** Counts of true positives, false positives and false negatives, and the figures made from them. */
final class Prf {
  int tp;
  int fp;
  int fn;

  void add(Prf other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
  }

  double precision() {
    return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
  }

  double recall() {
    return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  String row(String label) {
    return String.format(Locale.ROOT, "| %-16s | %5d | %4d | %4d | %6.3f | %6.3f | %6.3f |",
        label, tp, fp, fn, precision(), recall(), f1());
  }

  static String header(String first) {
    return String.format(Locale.ROOT, "| %-16s | %5s | %4s | %4s | %6s | %6s | %6s |%n|%s|%s|%s|%s|%s|%s|%s|",
        first, "TP", "FP", "FN", "P", "R", "F1", "-".repeat(18), "-".repeat(7), "-".repeat(6), "-".repeat(6),
        "-".repeat(8), "-".repeat(8), "-".repeat(8));
  }
}
