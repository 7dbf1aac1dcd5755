package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.medsearch.app.Indexing;
import org.medsearch.ingest.Corpus;
import org.medsearch.model.Problem;
import org.medsearch.model.Tier;

/** The summary an editor reads after a build: counts by kind and tier, then every problem by file. */
final class Reports {
  private Reports() {}

  static void print(Indexing.Report r, PrintWriter out, PrintWriter err) {
    Corpus c = r.corpus();
    problems(c, err);
    out.printf(Locale.ROOT, "%-22s %8d%n", "files", c.files());
    out.printf(Locale.ROOT, "%-22s %8d%n", "topics", c.topics().size());
    out.printf(Locale.ROOT, "%-22s %8d%n", "sections", r.sections());
    for (Tier t : Tier.values()) {
      if (t != Tier.RESEARCH) {
        out.printf(Locale.ROOT, "%-22s %8d%n", "resources " + t.id(), r.resources().getOrDefault(t, 0));
      }
    }
    out.printf(Locale.ROOT, "%-22s %8d%n", "citations", r.citations());
    out.printf(Locale.ROOT, "%-22s %8d%n", "records indexed", r.records());
    out.printf(Locale.ROOT, "%-22s %8d%n", "warnings", c.warnings());
    out.printf(Locale.ROOT, "%-22s %8d%n", "errors", c.errors());
    out.printf(Locale.ROOT, "%-22s %8.2f s%n", "time", r.took().toMillis() / 1000.0);
    out.flush();
  }

  static void problems(Corpus c, PrintWriter err) {
    for (Problem p : c.problems()) {
      err.println(p);
    }
    err.flush();
  }
}
