package org.medsearch.http;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medsearch.model.Tier;

/** Reads query parameters and turns every malformed one into a 400 that names it. */
final class Params {
  private Params() {}

  static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, was '" + abbreviate(v) + "'");
    }
  }

  /** Values of a parameter that may repeat or hold a comma-separated list: {@code type=a&type=b} or {@code type=a,b}. */
  static Set<String> list(Context ctx, String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  static Set<Tier> tiers(Context ctx) {
    Set<Tier> out = new LinkedHashSet<>();
    for (String t : list(ctx, "tier")) {
      out.add(Tier.find(t).orElseThrow(() -> ApiException.badRequest(
          "unknown tier '" + abbreviate(t) + "': use one of " + Tier.allIds())));
    }
    return out;
  }

  static String abbreviate(String v) {
    return v.length() <= 60 ? v : v.substring(0, 57) + "...";
  }

  static List<String> all(Context ctx, String name) {
    return ctx.queryParams(name);
  }
}
