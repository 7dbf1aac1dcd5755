package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Query and corpus text never run as HTML or script: a corpus page full of markup and hostile
 * queries are shown as text, no element is injected and no dialog opens.
 */
class HostileInputTest {
  /** A topic whose every field carries markup that would run if the page used innerHTML. */
  static final String HOSTILE_TOPIC = """
      {"id": "hostile", "title": "Quackery <script>alert(1)</script> cures",
       "aliases": ["\\"><img src=x onerror=alert(2)>"],
       "url": "javascript:alert(3)",
       "source": "<b onmouseover=alert(4)>Evil press</b>",
       "reviewed": "2024-01-02",
       "sections": [{"id": "s1", "heading": "Quackery <img src=x onerror=alert(5)> claims",
                     "text": "Quackery sellers write <script>alert(6)</script> and \\"><img src=x onerror=alert(7)> into pages."}],
       "resources": [{"tier": "basic", "title": "Quackery <svg onload=alert(8)> guide", "source": "<i>Evil</i>",
                      "url": "javascript:alert(9)"}],
       "citations": [{"type": "article-journal", "title": "Quackery <iframe src=javascript:alert(10)></iframe> trial",
                      "container-title": "J <b>Hostile</b> Med", "author": [{"family": "<img src=x onerror=alert(11)>", "given": "Eve"}],
                      "issued": {"date-parts": [[2020]]}, "DOI": "10.1000/x\\"><img src=x onerror=alert(12)>"}]}
      """;
  /** Elements only injected markup could create; the page itself never makes them. */
  static final String INJECTED = "img, svg, iframe, object, embed, b, i, script:not([src])";

  @TempDir static Path work;
  static TestServer server;
  static Browser browser;
  static Page page;

  @RegisterExtension
  final FailureScreenshots screenshots = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(work);
    Files.writeString(corpus.resolve("hostile.json"), HOSTILE_TOPIC, StandardCharsets.UTF_8);
    server = TestServer.start(corpus, work);
    browser = Browser.start();
    page = new Page(browser);
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(browser, server);
  }

  @AfterEach
  void nothing_ran_and_nothing_was_injected() {
    assertThat(page.dialogs()).as("alert/confirm/prompt calls").isEmpty();
    assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.driver.findElements(By.cssSelector(INJECTED))).as("injected elements").isEmpty();
    assertThat(browser.driver.findElements(By.cssSelector("a[href^='javascript:' i]"))).as("script links").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>"})
  void a_hostile_query_typed_in_the_box_is_shown_as_text(String query) {
    page.open(server.base() + "/");

    page.input().sendKeys(query, Keys.ENTER);

    // An answer is either a status line ("No results for …") or the server's message for a query
    // it cannot parse (the unbalanced quote of the second query).
    WebElement answer = browser.await().until(d -> d.findElements(By.cssSelector("#status:not(:empty), #results .error"))
        .stream().findFirst().orElse(null));
    if (answer.getAttribute("id").equals("status")) {
      assertThat(answer.getText()).endsWith(" for “" + query + "”");
    } else {
      assertThat(answer.getText()).startsWith("query syntax error");
    }
    assertThat(page.input().getAttribute("value")).isEqualTo(query);
    assertThat(browser.driver.getTitle()).isEqualTo(query + " – medsearch");
  }

  @Test
  void a_hostile_query_in_a_shared_address_is_shown_as_text() throws Exception {
    String query = "<img src=x onerror=alert(1)> quackery";
    long total = server.get("/api/search?q=" + TestServer.enc(query)).tree().get("total").asLong();

    page.open(server.base() + "/?q=" + TestServer.enc(query));

    page.awaitStatus(total + " results for “" + query + "”");
    assertThat(browser.driver.findElement(By.cssSelector("#results .group-title")).getText())
        .isEqualTo("Quackery <script>alert(1)</script> cures");
  }

  @Test
  void markup_in_corpus_text_is_shown_as_text_in_results_with_only_the_match_marked() {
    page.open(server.base() + "/?q=quackery");

    page.awaitStatus("4 results for “quackery”");
    assertThat(browser.driver.findElement(By.cssSelector("#results .group-title")).getText())
        .isEqualTo("Quackery <script>alert(1)</script> cures");
    WebElement section = browser.driver.findElement(By.cssSelector("#results [data-id='hostile#s1']"));
    assertThat(section.findElement(By.cssSelector(".deep-link")).getText())
        .isEqualTo("Quackery <img src=x onerror=alert(5)> claims");
    assertThat(section.findElement(By.cssSelector(".snippet")).getText())
        .isEqualTo("Quackery sellers write <script>alert(6)</script> and \"><img src=x onerror=alert(7)> into pages.");
    assertThat(section.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText).containsExactly("Quackery");
    WebElement resource = browser.driver.findElement(By.cssSelector("#results [data-id='hostile#r1'] .deep-link"));
    assertThat(resource.getText()).isEqualTo("Quackery <svg onload=alert(8)> guide");
    assertThat(resource.getAttribute("href")).isEqualTo(server.base() + "/?topic=hostile&q=quackery#r1");
    WebElement citation = browser.driver.findElement(By.cssSelector("#results [data-id='hostile#c1'] .reference"));
    assertThat(citation.getText()).startsWith("<img src=x onerror=alert(11)> E. Quackery <iframe src=javascript:alert(10)></iframe> trial.");
    assertThat(citation.findElement(By.tagName("a")).getAttribute("href")).startsWith("https://doi.org/10.1000/x%22%3E%3Cimg");
  }

  @Test
  void markup_in_suggestions_is_shown_as_text() {
    page.open(server.base() + "/");
    WebElement input = page.input();

    input.sendKeys("quack");

    List<WebElement> options = page.awaitSuggestions(input);
    assertThat(options).extracting(o -> o.findElement(By.cssSelector(".suggestion-text")).getText())
        .contains("Quackery <script>alert(1)</script> cures", "Quackery <img src=x onerror=alert(5)> claims");
  }

  @Test
  void markup_in_a_topic_is_shown_as_text_and_script_urls_are_not_links() {
    page.open(server.base() + "/?topic=hostile#s1");

    browser.await().until(ExpectedConditions.textToBe(Page.TOPIC_TITLE, "Quackery <script>alert(1)</script> cures"));
    String text = browser.driver.findElement(By.id("topic-view")).getText();
    assertThat(text).contains("Also called: \"><img src=x onerror=alert(2)>", "Source: <b onmouseover=alert(4)>Evil press</b>",
        "Quackery <img src=x onerror=alert(5)> claims",
        "Quackery sellers write <script>alert(6)</script> and \"><img src=x onerror=alert(7)> into pages.",
        "Quackery <svg onload=alert(8)> guide — <i>Evil</i>");
    assertThat(browser.driver.findElement(By.id("r1")).findElements(By.tagName("a"))).isEmpty();
    assertThat(text).doesNotContain("Original page");
    browser.screenshot("hostile-topic");
  }
}
