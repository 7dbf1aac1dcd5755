package org.medsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.app.Settings;

/** The real service on a free port, over an index built in a temporary folder. */
public final class TestServer implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Service service;
  private final ObjectMapper json = Json.mapper();

  private TestServer(Service service) {
    this.service = service;
  }

  public static TestServer start(Path corpus, Path work) throws IOException {
    Path index = work.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);
    return new TestServer(Service.start(new Settings(corpus, index, "127.0.0.1", 0), Json.mapper()));
  }

  /** The service with {@code settings} (its index must exist; port 0 picks a free one). */
  public static TestServer start(Settings settings) throws IOException {
    return new TestServer(Service.start(settings, Json.mapper()));
  }

  public Service service() {
    return service;
  }

  public String base() {
    return "http://127.0.0.1:" + service.port();
  }

  public Response get(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), json, r.headers());
  }

  /** A request with extra headers given as name, value pairs; {@code method} GET or POST (with an empty body). */
  public Response send(String method, String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(120))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), json, r.headers());
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  public record Response(int status, String contentType, String body, ObjectMapper json, HttpHeaders headers) {
    public JsonNode tree() throws IOException {
      return json.readTree(body);
    }
  }
}
