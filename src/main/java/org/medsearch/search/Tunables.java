package org.medsearch.search;

/** Ranking constants, overridable with -Dmedsearch.rank.NAME=value so the relevance benchmark can sweep them. */
final class Tunables {
  private Tunables() {}

  static float get(String name, float fallback) {
    String v = System.getProperty("medsearch.rank." + name);
    return v == null ? fallback : Float.parseFloat(v);
  }
}
