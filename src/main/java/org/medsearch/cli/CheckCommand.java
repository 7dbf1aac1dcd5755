package org.medsearch.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medsearch.app.Json;
import org.medsearch.ingest.Corpus;
import org.medsearch.ingest.CorpusReader;
import org.medsearch.model.Topic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Report what ingestion would extract from the corpus and every problem, without indexing.")
final class CheckCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus)")
  Path corpus;

  @Mixin
  ConfigOption config;

  @CommandLine.ParentCommand
  Main main;

  @Option(names = "--strict", description = "exit 1 when there is any warning or error")
  boolean strict;

  @Option(names = "--list", description = "also list every resource (tier, publisher, title) and citation of each topic")
  boolean list;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Corpus c = new CorpusReader(Json.mapper()).read(config.settings(main, spec.commandLine(), "corpus", corpus).corpus());
    var out = spec.commandLine().getOut();
    for (Topic t : c.topics()) {
      out.printf(Locale.ROOT, "%-30s %3d sections %3d resources %3d citations  %s%n", t.id(), t.sections().size(),
          t.resources().size(), t.citations().size(), t.title());
      if (list) {
        Reports.listing(t, out);
      }
    }
    out.printf(Locale.ROOT, "%d files, %d topics, %d warnings, %d errors%n", c.files(), c.topics().size(),
        c.warnings(), c.errors());
    out.flush();
    Reports.problems(c, spec.commandLine().getErr());
    return strict && !c.problems().isEmpty() ? 1 : 0;
  }
}
