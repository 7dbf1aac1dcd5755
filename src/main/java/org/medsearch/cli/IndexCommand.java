package org.medsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.app.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Build the index from the corpus, check it and publish it atomically; report what was extracted "
        + "and what was wrong.",
        "Incremental: only files added, changed or removed since the served index are read again. "
            + "A running server switches to the new index by itself."})
final class IndexCommand implements Callable<Integer> {
  /** Test hook, see {@link Indexing.Options}. */
  static final String PAUSE_ENV = "MEDSEARCH_TEST_PAUSE_AFTER_TOPICS";

  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus)")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index)")
  Path index;

  @Option(names = "--full", description = "read every file again instead of only the changed ones")
  boolean full;

  @Option(names = "--json", description = "print the report as JSON instead of a table")
  boolean asJson;

  @Mixin
  ConfigOption config;

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    Settings s = config.settings(main, cli, "corpus", corpus, "index", index);
    int pause = Integer.parseInt(main.env().getOrDefault(PAUSE_ENV, "0"));
    var options = new Indexing.Options(full, asJson ? null : ProgressDisplay.auto(cli.getErr()), pause);
    var json = Json.mapper();
    Indexing.Report report;
    try {
      report = new Indexing(json).run(s.corpus(), s.index(), options);
    } catch (Indexing.EmptyCorpus e) {
      Reports.problems(e.corpus(), cli.getErr());
      throw e;
    }
    if (asJson) {
      cli.getOut().println(json.writerWithDefaultPrettyPrinter().writeValueAsString(Service.summary(report)));
      cli.getOut().flush();
    } else {
      Reports.print(report, cli.getOut(), cli.getErr());
    }
    return 0;
  }
}
