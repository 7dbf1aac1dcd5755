package org.medsearch.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medsearch.app.Json;
import org.medsearch.ingest.CorpusReader;
import org.medsearch.model.Topic;
import org.medsearch.parse.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Print the topic JSON that ingestion extracts from one corpus file; problems go to stderr.")
final class ParseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a corpus file")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file: " + file);
    }
    var json = Json.mapper();
    Problems problems = new Problems();
    List<Topic> topics = new CorpusReader(json).parseFile(file, file.getFileName().toString(), problems);
    var writer = json.writerWithDefaultPrettyPrinter();
    var out = spec.commandLine().getOut();
    out.println(writer.writeValueAsString(topics.size() == 1 ? topics.get(0) : topics));
    out.flush();
    problems.list().forEach(p -> spec.commandLine().getErr().println(p.inFile(file.toString())));
    spec.commandLine().getErr().flush();
    return 0;
  }
}
