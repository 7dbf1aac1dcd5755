package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Settings;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The widget on another site's page: the host page comes from a second server on another port
 * (another origin), loads widget.js from medsearch, and its suggestions cross origins, allowed by
 * medsearch's CORS configuration for that origin.
 */
class CrossOriginWidgetTest {
  @TempDir static Path work;
  static HttpServer host;
  static TestServer server;
  static Browser browser;
  static Page page;

  @RegisterExtension
  final FailureScreenshots screenshots = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() throws Exception {
    host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String hostOrigin = "http://127.0.0.1:" + host.getAddress().getPort();
    Path corpus = TestCorpus.copyOfShipped(work);
    Path index = work.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);
    server = TestServer.start(new Settings(corpus, index, "127.0.0.1", 0, List.of(hostOrigin), null));
    byte[] html = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Clinic news</title></head>"
        + "<body><h1>Clinic news</h1><div id=\"embedded-search\" data-medsearch></div>"
        + "<script src=\"" + server.base() + "/widget.js\"></script></body></html>").getBytes(StandardCharsets.UTF_8);
    host.createContext("/", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, html.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(html);
      }
    });
    host.start();
    browser = Browser.start();
    page = new Page(browser);
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(browser, () -> host.stop(0), server);
  }

  @Test
  void the_widget_on_an_allowed_origin_shows_suggestions_from_medsearch() {
    page.open("http://127.0.0.1:" + host.getAddress().getPort() + "/");
    WebElement input = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#embedded-search .medsearch-widget input[type=search]")));

    input.sendKeys("myoc");

    List<WebElement> options = page.awaitSuggestions(input);
    assertThat(options.get(0).findElement(By.cssSelector(".suggestion-text")).getText()).isEqualTo("Myoclonus");
    browser.screenshot("widget-cross-origin");
  }
}
