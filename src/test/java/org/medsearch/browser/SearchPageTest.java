package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medsearch.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page at / in headless Chromium over the shipped corpus. */
class SearchPageTest extends ShippedCorpusBrowserTest {

  private static JsonNode api(String pathAndQuery) throws Exception {
    TestServer.Response r = server.get(pathAndQuery);
    assertThat(r.status()).as(pathAndQuery).isEqualTo(200);
    return r.tree();
  }

  private static String statusFor(JsonNode body) {
    long total = body.get("total").asLong();
    int shown = body.get("hits").size();
    int from = (body.get("page").asInt() - 1) * body.get("size").asInt() + 1;
    return (total == 1 ? "1 result" : total + " results") + " for “" + body.get("query").asText() + "”"
        + (total > shown ? " (" + from + "–" + (from + shown - 1) + ")" : "");
  }

  /** The text of a server snippet: without its marks, entities decoded. */
  private static String plainText(String snippet) {
    return snippet.replaceAll("</?mark>", "").replace("&#x2F;", "/").replace("&#x27;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static Map<String, String> shownFacetCounts(String dim) {
    Map<String, String> counts = new LinkedHashMap<>();
    for (WebElement b : browser.driver.findElements(By.cssSelector("#facets button.facet[data-dim='" + dim + "']"))) {
      counts.put(b.getAttribute("data-value"), b.findElement(By.cssSelector(".count")).getText());
    }
    return counts;
  }

  private static Map<String, String> apiFacetCounts(JsonNode body, String dim) {
    Map<String, String> counts = new LinkedHashMap<>();
    body.get("facets").get(dim).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asText()));
    return counts;
  }

  private static List<String> shownHitIds() {
    List<String> ids = new ArrayList<>();
    for (WebElement li : browser.driver.findElements(By.cssSelector("#results [data-id]"))) {
      ids.add(li.getAttribute("data-id"));
    }
    return ids;
  }

  private static List<String> apiNonTopicHitIds(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(h -> {
      if (!h.get("type").asText().equals("topic")) {
        ids.add(h.get("id").asText());
      }
    });
    return ids;
  }

  @Test
  void typing_shows_suggestions_with_the_typed_part_marked() {
    page.open(server.base() + "/");
    WebElement input = page.input();
    assertThat(input.getAttribute("role")).isEqualTo("combobox");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    input.sendKeys("myoc");

    List<WebElement> options = page.awaitSuggestions(input);

    assertThat(options.get(0).findElement(By.cssSelector(".suggestion-text")).getText()).isEqualTo("Myoclonus");
    assertThat(options.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("Myoc");
    WebElement listbox = browser.driver.findElement(By.id(input.getAttribute("aria-controls")));
    assertThat(listbox.getAttribute("role")).isEqualTo("listbox");
    assertThat(listbox.isDisplayed()).isTrue();
    browser.screenshot("suggestions");
  }

  @Test
  void arrow_keys_move_the_active_suggestion_and_escape_closes_the_list() {
    page.open(server.base() + "/");
    WebElement input = page.input();
    input.sendKeys("myoc");
    List<WebElement> options = page.awaitSuggestions(input);
    assertThat(options.size()).isGreaterThan(1);

    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("true");
    input.sendKeys(Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
    assertThat(options.get(0).getAttribute("aria-selected")).isEqualTo("false");
    input.sendKeys(Keys.ARROW_UP);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(0).getAttribute("id"));

    input.sendKeys(Keys.ESCAPE);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(input.getAttribute("aria-activedescendant")).isNull();
    assertThat(options.get(0).isDisplayed()).isFalse();
    assertThat(input.getAttribute("value")).isEqualTo("myoc");
  }

  @Test
  void enter_on_an_active_suggestion_opens_that_topic() {
    page.open(server.base() + "/");
    WebElement input = page.input();
    input.sendKeys("myoc");
    page.awaitSuggestions(input);

    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

    browser.await().until(ExpectedConditions.textToBe(Page.TOPIC_TITLE, "Myoclonus"));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?topic=myoclonus");
    assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Myoclonus");
  }

  @Test
  void submitting_a_query_shows_results_grouped_by_topic_with_marks_and_facet_counts() throws Exception {
    JsonNode expected = api("/api/search?q=myoclonus&page=1&size=10");
    page.open(server.base() + "/");

    page.input().sendKeys("myoclonus", Keys.ENTER);

    page.awaitStatus(statusFor(expected));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?q=myoclonus");
    List<WebElement> groups = browser.driver.findElements(Page.GROUPS);
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).findElement(By.cssSelector(".group-title")).getText()).isEqualTo("Myoclonus");
    assertThat(shownHitIds()).isEqualTo(apiNonTopicHitIds(expected));
    // The word typed, or one of its synonyms from the lay-term layer ("myoclonic jerk", "muscle twitch").
    assertThat(browser.driver.findElements(Page.MARKS)).isNotEmpty()
        .anySatisfy(m -> assertThat(m.getAttribute("textContent")).isEqualToIgnoringCase("myoclonus"))
        .allSatisfy(m -> assertThat(m.getAttribute("textContent").toLowerCase(java.util.Locale.ROOT))
            .containsAnyOf("myoclon", "jerk", "twitch"));
    assertThat(shownFacetCounts("tier")).containsExactlyInAnyOrderEntriesOf(apiFacetCounts(expected, "tier"));
    assertThat(shownFacetCounts("type")).containsExactlyInAnyOrderEntriesOf(apiFacetCounts(expected, "type"));
    assertThat(page.facet("tier", "basic").getAttribute("aria-pressed")).isEqualTo("false");
    assertThat(Files.size(browser.screenshot("search-results"))).isPositive();
  }

  @Test
  void toggling_a_tier_facet_filters_the_results_and_keeps_the_other_tiers_with_counts() throws Exception {
    JsonNode all = api("/api/search?q=myoclonus&page=1&size=10");
    JsonNode basic = api("/api/search?q=myoclonus&tier=basic&page=1&size=10");
    page.open(server.base() + "/?q=myoclonus");
    page.awaitStatus(statusFor(all));

    page.facet("tier", "basic").click();

    page.awaitStatus(statusFor(basic));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?q=myoclonus&tier=basic");
    WebElement toggle = page.facet("tier", "basic");
    assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(toggle);
    assertThat(shownHitIds()).isEqualTo(apiNonTopicHitIds(basic));
    assertThat(shownFacetCounts("tier")).containsExactlyInAnyOrderEntriesOf(apiFacetCounts(basic, "tier"));
    assertThat(shownFacetCounts("tier")).containsKeys("advanced", "research", "video");

    toggle.click();
    page.awaitStatus(statusFor(all));
    assertThat(page.facet("tier", "basic").getAttribute("aria-pressed")).isEqualTo("false");
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?q=myoclonus");
  }

  @Test
  void back_and_forward_restore_the_filters_from_the_address() throws Exception {
    JsonNode all = api("/api/search?q=myoclonus&page=1&size=10");
    JsonNode sections = api("/api/search?q=myoclonus&type=section&page=1&size=10");
    page.open(server.base() + "/?q=myoclonus");
    page.awaitStatus(statusFor(all));
    page.facet("type", "section").click();
    page.awaitStatus(statusFor(sections));

    browser.driver.navigate().back();
    page.awaitStatus(statusFor(all));
    assertThat(page.facet("type", "section").getAttribute("aria-pressed")).isEqualTo("false");

    browser.driver.navigate().forward();
    page.awaitStatus(statusFor(sections));
    assertThat(page.facet("type", "section").getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(page.input().getAttribute("value")).isEqualTo("myoclonus");
  }

  @Test
  void following_a_section_deep_link_opens_the_topic_scrolled_to_that_section() throws Exception {
    page.open(server.base() + "/?q=hiccups");
    page.awaitStatus(statusFor(api("/api/search?q=hiccups&page=1&size=10")));
    WebElement link = browser.driver.findElement(By.cssSelector("#results [data-id='myoclonus#s1'] a.deep-link"));
    assertThat(link.getAttribute("href")).isEqualTo(server.base() + "/?topic=myoclonus&q=hiccups#s1");

    link.click();

    browser.await().until(ExpectedConditions.textToBe(Page.TOPIC_TITLE, "Myoclonus"));
    WebElement section = browser.driver.findElement(By.cssSelector("#topic-view section#s1"));
    browser.await().until(d -> section.getAttribute("class").contains("linked"));
    assertThat(section.getText()).contains("Hiccups are a kind of myoclonic jerk");
    assertThat(browser.driver.switchTo().activeElement()).isEqualTo(section);
    assertThat(browser.driver.findElements(By.cssSelector("#topic-view .linked"))).hasSize(1);
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?topic=myoclonus&q=hiccups#s1");
    assertThat(browser.driver.findElement(By.cssSelector("#topic-view a.back")).getText())
        .isEqualTo("← Back to results for “hiccups”");
    browser.screenshot("topic-deep-link");

    browser.driver.navigate().back();
    page.awaitStatus(statusFor(api("/api/search?q=hiccups&page=1&size=10")));
  }

  @Test
  void a_shared_topic_link_scrolls_to_its_section_and_lists_resources_and_citations() throws Exception {
    JsonNode topic = api("/api/topics/myoclonus");

    page.open(server.base() + "/?topic=myoclonus#s3");

    WebElement section = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#topic-view section#s3")));
    browser.await().until(d -> section.getAttribute("class").contains("linked"));
    assertThat(browser.driver.findElements(By.cssSelector("#topic-view section.topic-section")))
        .hasSize(topic.get("sections").size());
    assertThat(browser.driver.findElements(By.cssSelector("#topic-view .resource-list li")))
        .hasSize(topic.get("resources").size());
    assertThat(browser.driver.findElements(By.cssSelector("#topic-view .citation-list li")))
        .hasSize(topic.get("citations").size());
    JsonNode first = topic.get("resources").get(0);
    assertThat(browser.driver.findElement(By.id("r1")).getText())
        .isEqualTo(first.get("title").asText() + " — " + first.get("source").asText());
    assertThat(browser.driver.findElement(By.cssSelector("#topic-view")).getText()).contains("Last reviewed 2020-12-24");
    Number top = (Number) page.js("return arguments[0].getBoundingClientRect().top", section);
    assertThat(top.doubleValue()).isBetween(-1.0, 100.0);
  }

  @Test
  void next_page_link_shows_the_following_results_and_marks_the_current_page() throws Exception {
    JsonNode first = api("/api/search?q=myoclonus&page=1&size=10");
    JsonNode second = api("/api/search?q=myoclonus&page=2&size=10");
    assertThat(first.get("total").asLong()).as("the shipped corpus has two pages for myoclonus").isGreaterThan(10);
    page.open(server.base() + "/?q=myoclonus");
    page.awaitStatus(statusFor(first));
    assertThat(browser.driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText()).isEqualTo("1");

    browser.driver.findElement(By.cssSelector("#pager a.next")).click();

    page.awaitStatus(statusFor(second));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?q=myoclonus&page=2");
    assertThat(browser.driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText()).isEqualTo("2");
    assertThat(shownHitIds()).isEqualTo(apiNonTopicHitIds(second));
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("results-heading");
  }

  @Test
  void a_query_without_results_says_so_and_offers_related_topics() throws Exception {
    // "myoc" is no word of the corpus and too short to be corrected, so nothing matches it.
    page.open(server.base() + "/?q=myoc");

    page.awaitStatus("No results for “myoc”");
    WebElement related = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".related-list a")));
    assertThat(related.getText()).isEqualTo("Myoclonus");
    assertThat(related.getAttribute("href")).isEqualTo(server.base() + "/?topic=myoclonus&q=myoc");
    assertThat(browser.driver.findElement(By.cssSelector("#results .empty")).getText()).contains("Check the spelling");
  }

  @Test
  void a_query_with_a_syntax_error_shows_the_server_message() throws Exception {
    TestServer.Response r = server.get("/api/search?q=" + TestServer.enc("\"muscle jerks") + "&page=1&size=10");
    assertThat(r.status()).isEqualTo(400);

    page.open(server.base() + "/?q=" + TestServer.enc("\"muscle jerks"));

    WebElement error = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results .error")));
    assertThat(error.getText()).isEqualTo(r.tree().get("error").get("message").asText());
    assertThat(error.getAttribute("role")).isEqualTo("alert");
  }

  @Test
  void citation_hits_show_their_reference() throws Exception {
    JsonNode expected = api("/api/search?q=sharma&type=citation&page=1&size=10");
    page.open(server.base() + "/?q=sharma&type=citation");
    page.awaitStatus(statusFor(expected));

    List<WebElement> refs = browser.driver.findElements(By.cssSelector("#results .subhit-citation .reference"));

    assertThat(refs).hasSize(expected.get("hits").size());
    // The server's Vancouver reference (citeproc-java) is what the page shows.
    assertThat(refs.get(0).getText()).isEqualTo(expected.get("hits").get(0).get("reference").asText()).contains("Sharma S");
  }

  @Test
  void a_structured_citation_is_formatted_in_vancouver_style() {
    page.open(server.base() + "/");

    Object formatted = page.js("return Medsearch.reference({author: [{family: 'Sharma', given: 'C M'}, {family: 'Nath', given: 'Kamal'}],"
        + " title: 'Autosomal dominant cortical tremor, myoclonus, and epilepsy.', 'container-title': 'Ann Indian Acad Neurol',"
        + " issued: {'date-parts': [[2014, 7]]}, volume: '17', issue: '3', page: '433-6', DOI: '10.4103/0972-2327.138509'})");
    Object preferred = page.js("return Medsearch.reference({title: 'T'}, 'Server formatted.')");

    assertThat(formatted).isEqualTo("Sharma CM, Nath K. Autosomal dominant cortical tremor, myoclonus, and epilepsy."
        + " Ann Indian Acad Neurol. 2014;17(3):433-6.");
    assertThat(preferred).isEqualTo("Server formatted.");
  }

  @Test
  void keyboard_focus_is_visible_on_the_search_button() {
    page.open(server.base() + "/");
    page.input().click();

    page.input().sendKeys(Keys.TAB);

    WebElement focused = browser.driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Search");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(browser.driver.findElement(By.cssSelector("label[for=q]")).getAttribute("textContent"))
        .isEqualTo("Search health topics");
  }

  @Test
  void on_a_narrow_screen_the_filters_sit_above_the_results_without_sideways_scrolling() throws Exception {
    browser.size(390, 844);
    try {
      page.open(server.base() + "/?q=myoclonus");
      page.awaitStatus(statusFor(api("/api/search?q=myoclonus&page=1&size=10")));

      Number facetsBottom = (Number) page.js("return document.getElementById('facets').getBoundingClientRect().bottom");
      Number resultsTop = (Number) page.js("return document.getElementById('results').getBoundingClientRect().top");
      assertThat(facetsBottom.doubleValue()).isLessThanOrEqualTo(resultsTop.doubleValue());
      assertThat(page.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
          .isEqualTo(Boolean.TRUE);
      browser.screenshot("search-results-narrow");
    } finally {
      browser.size(1280, 900);
    }
  }
}
