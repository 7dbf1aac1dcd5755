package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
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

/** The summary an editor reads after a build: what was served, counts by kind and tier, then every problem by file. */
final class Reports {
  private Reports() {}

  static void print(Indexing.Report r, PrintWriter out, PrintWriter err) {
    Corpus c = r.corpus();
    Indexing.Build b = r.build();
    problems(c, err);
    for (String g : b.recovered()) {
      out.println("removed " + g + ", left unfinished by an interrupted build");
    }
    out.println(b.published()
        ? String.format(Locale.ROOT, "%s build published as %s", b.mode(), b.generation())
        : "no file changed: " + b.generation() + " is still served");
    row(out, "files", c.files());
    row(out, "  read", b.filesRead());
    row(out, "  unchanged", b.filesUnchanged());
    row(out, "  removed", b.filesRemoved());
    row(out, "topics", c.topics().size());
    row(out, "  written", b.topicsWritten());
    row(out, "  deleted", b.topicsDeleted());
    row(out, "sections", r.sections());
    for (Tier t : Tier.values()) {
      if (t != Tier.RESEARCH) {
        row(out, "resources " + t.id(), r.resources().getOrDefault(t, 0));
      }
    }
    row(out, "citations", r.citations());
    row(out, "records indexed", r.records());
    row(out, "warnings", c.warnings());
    row(out, "errors", c.errors());
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

  private static void row(PrintWriter out, String name, long value) {
    out.printf(Locale.ROOT, "%-22s %8d%n", name, value);
  }

  /** Every problem as {@code file:line: level: message}, by file and then line, as compilers print them. */
  static void problems(Corpus c, PrintWriter err) {
    for (Problem p : sorted(c.problems())) {
      err.println(p);
    }
    err.flush();
  }

  static List<Problem> sorted(List<Problem> problems) {
    return problems.stream().sorted(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file())
        .thenComparingInt(Problem::line)).toList();
  }
}
