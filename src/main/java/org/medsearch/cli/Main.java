package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar medsearch.jar <command>}: exit 0 on success, 1 on a runtime failure, 2 on bad usage. */
@Command(name = "medsearch", mixinStandardHelpOptions = true, version = "medsearch 0.1.0",
    description = "Full-text search for health topic pages: index a corpus, serve and query it.",
    subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, ParseCommand.class,
        CheckCommand.class, CitationsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Map<String, String> env;

  private Main(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** The environment the commands read settings from (tests pass their own). */
  Map<String, String> env() {
    return env;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /** Runs a command line with the given streams and environment variables; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new Main(env));
    cli.registerConverter(org.medsearch.model.Tier.class, org.medsearch.model.Tier::of);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("error: " + message(e));
      return 1;
    });
    return cli.execute(args);
  }

  static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException nsf) {
      return nsf.getReason() != null ? nsf.getReason() + " (" + nsf.getFile() + ")" : "no such file: " + nsf.getFile();
    }
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip().replace('\n', ' ');
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: index, serve, search, citations, parse or check");
  }
}
