package org.medsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build the index from the corpus and publish it atomically; report what was extracted and what was wrong.")
final class IndexCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Indexing.Report report = new Indexing(Json.mapper()).run(corpus, index);
    Reports.print(report, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
