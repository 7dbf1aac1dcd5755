package org.medsearch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.app.Settings;
import org.medsearch.index.IndexStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and page over HTTP; builds the index first when there is none.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--corpus", defaultValue = "corpus", description = "corpus folder, used when the index must be built (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--host", defaultValue = Settings.DEFAULT_HOST, description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var json = Json.mapper();
    if (new IndexStore(index).current().isEmpty()) {
      out.println("no index in " + index + ": building it from " + corpus);
      Reports.print(new Indexing(json).run(corpus, index), out, spec.commandLine().getErr());
    }
    Service service = Service.start(new Settings(corpus, index, host, port), json);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (Exception ignored) {
        // shutting down: nothing left to report to
      }
      stopped.countDown();
    }));
    out.printf("medsearch serving %d records at http://%s:%d/%n", service.engine().documentCount(), host,
        service.port());
    out.flush();
    stopped.await();
    return 0;
  }
}
