package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.medsearch.ShippedCorpusServer;
import org.medsearch.TestServer;

class MetricsTest {
  @RegisterExtension static final ShippedCorpusServer server = new ShippedCorpusServer();

  @Test
  void metrics_are_prometheus_text_with_the_number_of_records() throws Exception {
    TestServer.Response r = server.get("/metrics");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/plain");
    assertThat(r.body()).contains("medsearch_documents 38.0").contains("jvm_memory_used_bytes");
  }

  @Test
  void searches_are_counted_by_route_and_outcome() throws Exception {
    server.get("/api/search?q=hiccups");
    server.get("/api/search?q=%22unclosed");
    String body = server.get("/metrics").body();
    assertThat(body).containsPattern("medsearch_http_requests_seconds_count\\{outcome=\"ok\",route=\"/api/search\"\\} [1-9]")
        .containsPattern("medsearch_http_requests_seconds_count\\{outcome=\"client_error\",route=\"/api/search\"\\} [1-9]");
  }
}
