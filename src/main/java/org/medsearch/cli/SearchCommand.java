package org.medsearch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.model.Tier;
import org.medsearch.search.Hit;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Print ranked hits for a query.")
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index)")
  Path index;

  @Mixin
  ConfigOption config;

  @CommandLine.ParentCommand
  Main main;

  @Option(names = "--type", split = ",", description = "only these record types: topic, section, resource, citation")
  List<String> types = List.of();

  @Option(names = "--tier", split = ",", description = "only these tiers: basic, advanced, research, other, support, video, presentation")
  List<Tier> tiers = List.of();

  @Option(names = "--size", defaultValue = "10", description = "number of hits (default: ${DEFAULT-VALUE})")
  int size;

  @Option(names = "--json", description = "print the answer as the HTTP API's JSON")
  boolean asJson;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query, in the search box syntax")
  List<String> query;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var json = Json.mapper();
    SearchRequest request;
    try {
      request = new SearchRequest(String.join(" ", query), Set.copyOf(types), Set.copyOf(tiers), null, 1, size);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path indexDir = config.settings(main, spec.commandLine(), "index", index).index();
    try (SearchEngine engine = Service.openEngine(indexDir, json)) {
      SearchResult r;
      try {
        r = engine.search(request);
      } catch (org.medsearch.search.BadRequestException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      if (asJson) {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return 0;
      }
      out.printf(Locale.ROOT, "%d hits (%d ms)%n", r.total(), r.tookMs());
      int rank = 0;
      for (Hit h : r.hits()) {
        out.printf(Locale.ROOT, "%2d. %-9s %-9s %6.2f  %s  [%s]%n", ++rank, h.type(),
            h.tier() == null ? "" : h.tier(), h.score(), h.title(), h.id());
        if (h.snippet() != null) {
          out.println("    " + plain(h.snippet()));
        }
      }
      r.facets().forEach((dim, counts) -> out.println(dim + ": " + counts.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    }
    return 0;
  }

  /** Terminal text from a snippet: marks as [brackets], escapes undone. */
  static String plain(String snippet) {
    return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/")
        .replace("&amp;", "&").replace('\n', ' ');
  }
}
