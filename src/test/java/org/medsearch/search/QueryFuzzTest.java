package org.medsearch.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.medsearch.TestCorpus;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.model.Tier;

/**
 * Any text typed in the search box, with any filters and paging, is either answered or rejected
 * with a {@link BadRequestException} (a 400 over HTTP): never another exception, which would be
 * a 500. Runs the whole engine (query syntax, query building, spelling, facets, snippets) on the
 * shipped corpus. Regression inputs: {@code src/test/resources/org/medsearch/search/QueryFuzzTestInputs};
 * fuzz with {@code bash bench/fuzz}.
 */
class QueryFuzzTest {
  private static final SearchEngine ENGINE = engine();

  private static SearchEngine engine() {
    try {
      Path work = Files.createTempDirectory("medsearch-fuzz");
      Path index = work.resolve("index");
      new Indexing(Json.mapper()).run(TestCorpus.copyOfShipped(work), index);
      return Service.openEngine(index, Json.mapper());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void any_query_is_answered_or_rejected_as_bad_request(FuzzedDataProvider data) {
    int page = data.consumeInt(0, 120);
    int size = data.consumeInt(0, 110);
    String type = data.consumeBoolean() ? data.pickValue(SearchRequest.TYPES) : null;
    Tier tier = data.consumeBoolean() ? data.pickValue(Tier.values()) : null;
    String q = data.consumeRemainingAsString();
    try {
      SearchRequest request = new SearchRequest(q, type == null ? Set.of() : Set.of(type),
          tier == null ? Set.of() : Set.of(tier), null, page, size);
      SearchResult result = ENGINE.search(request);
      if (result.hits().size() > request.size()) {
        throw new AssertionError("more hits than asked for: " + result.hits().size());
      }
      for (Hit h : result.hits()) {
        if (h.snippet() != null && (h.snippet().contains("<script") || h.snippet().replace("<mark>", "")
            .replace("</mark>", "").contains("<"))) {
          throw new AssertionError("snippet is not HTML-safe: " + h.snippet());
        }
      }
      ENGINE.suggest(q.length() > Suggester.MAX_QUERY ? q.substring(0, Suggester.MAX_QUERY) : q, 8);
    } catch (BadRequestException expected) {
      // a 400 with a message: fine
    }
  }
}
