package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.medsearch.app.Indexing;
import org.medsearch.ingest.Corpus;
import java.util.Objects;
import java.util.stream.Collectors;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Problem;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

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

  /** One line per resource and citation: "  basic     Mayo Clinic | myoclonus". */
  static void listing(Topic t, PrintWriter out) {
    for (Resource r : t.resources()) {
      out.printf(Locale.ROOT, "  %-12s %s | %s%n", r.tier().id(), r.source() == null ? "(no publisher)" : r.source(),
          r.title());
    }
    for (Citation c : t.citations()) {
      String authors = c.author().stream().map(Name::display).collect(Collectors.joining(", "))
          + (c.etAl() ? ", et al." : "");
      out.printf(Locale.ROOT, "  %-12s %s (%s). %s. %s %s%s%s%s%n", Tier.RESEARCH.id(), authors,
          c.year().map(String::valueOf).orElse("n.d."), c.title() == null ? c.raw() : c.title(),
          c.containerTitleShort() != null ? c.containerTitleShort() : Objects.requireNonNullElse(c.containerTitle(), ""),
          Objects.requireNonNullElse(c.volume(), ""), c.page() == null ? "" : ":" + c.page(),
          c.number() == null ? "" : " art. " + c.number(), c.doi() == null ? "" : " doi:" + c.doi());
    }
  }

  static void problems(Corpus c, PrintWriter err) {
    for (Problem p : c.problems()) {
      err.println(p);
    }
    err.flush();
  }
}
