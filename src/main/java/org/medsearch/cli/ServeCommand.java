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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and page over HTTP; builds the index first when there is none.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index)")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder, to build the index when there is none "
      + "and for POST /api/admin/reindex (default: corpus)")
  Path corpus;

  @Option(names = "--host", description = "address to listen on (default: " + Settings.DEFAULT_HOST + ")")
  String host;

  @Option(names = "--port", description = "port, 0 for any free one (default: " + Settings.DEFAULT_PORT + ")")
  Integer port;

  @Mixin
  ConfigOption config;

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var json = Json.mapper();
    Settings settings = config.settings(main, spec.commandLine(), "index", index, "corpus", corpus, "host", host,
        "port", port);
    if (new IndexStore(settings.index()).current().isEmpty()) {
      out.println("no index in " + settings.index() + ": building it from " + settings.corpus());
      Reports.print(new Indexing(json).run(settings.corpus(), settings.index()), out, spec.commandLine().getErr());
    }
    Service service = Service.start(settings, json);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (Exception ignored) {
        // shutting down: nothing left to report to
      }
      stopped.countDown();
    }));
    out.printf("medsearch serving %d records at http://%s:%d/%n", service.engine().documentCount(), settings.host(),
        service.port());
    out.println(settings.adminToken() == null ? "admin endpoints off: no admin token configured"
        : "admin endpoints on: POST /api/admin/reindex, GET /api/admin/stats");
    out.flush();
    stopped.await();
    return 0;
  }
}
