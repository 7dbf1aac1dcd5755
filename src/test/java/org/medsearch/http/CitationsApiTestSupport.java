package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.medsearch.TestServer;

/** Shared checks of the citation API tests. */
final class CitationsApiTestSupport {
  private CitationsApiTestSupport() {}

  /** The JSON answer of a request that must succeed. */
  static JsonNode ok(TestServer server, String pathAndQuery) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    return r.tree();
  }
}
