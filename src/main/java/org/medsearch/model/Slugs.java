package org.medsearch.model;

import java.text.Normalizer;
import java.util.Locale;

/** Turns titles and file names into ids: "Myoclonus (jerks).txt" becomes "myoclonus-jerks-txt". */
public final class Slugs {
  private Slugs() {}

  public static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "topic" : slug;
  }
}
