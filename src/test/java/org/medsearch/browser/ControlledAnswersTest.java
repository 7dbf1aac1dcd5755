package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Page behaviour that needs answers in a chosen order or with a chosen content: the page's
 * fetch() is wrapped so the test decides when each answer arrives, or what it says.
 */
class ControlledAnswersTest extends ShippedCorpusBrowserTest {
  /**
   * Holds every /api/suggest answer until the test releases it; counts answers the page has
   * handled (the count rises in a task after json() resolved, so after the page's own handlers).
   */
  static final String HOLD_SUGGESTIONS = """
      window.__held = []; window.__handled = 0;
      var realFetch = window.fetch;
      window.fetch = function (url, opts) {
        if (String(url).indexOf('/api/suggest') < 0) return realFetch(url, opts);
        return new Promise(function (resolve) {
          window.__held.push({ q: new URL(String(url), location.href).searchParams.get('q'), release: function () {
            resolve(realFetch(url, opts).then(function (r) {
              var json = r.json.bind(r);
              r.json = function () {
                return json().then(function (b) { setTimeout(function () { window.__handled++; }, 0); return b; });
              };
              return r;
            }));
          } });
        });
      };
      """;


  private static boolean held(String q) {
    return Boolean.TRUE.equals(page.js("var q = arguments[0]; return window.__held.some(function (h) { return h.q === q; })", q));
  }

  @Test
  void suggestions_answering_an_older_request_never_replace_newer_ones() {
    page.open(server.base() + "/");
    page.js(HOLD_SUGGESTIONS);
    WebElement input = page.input();
    input.sendKeys("jerk");
    browser.await().until(d -> held("jerk"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "myoc");
    browser.await().until(d -> held("myoc"));

    page.js("window.__held.filter(function (h) { return h.q === 'myoc'; }).forEach(function (h) { h.release(); })");
    List<WebElement> options = page.awaitSuggestions(input);
    List<String> newest = options.stream().map(WebElement::getText).toList();
    page.js("window.__held.filter(function (h) { return h.q !== 'myoc'; }).forEach(function (h) { h.release(); })");
    long all = ((Number) page.js("return window.__held.length")).longValue();
    browser.await().until(d -> ((Number) page.js("return window.__handled")).longValue() == all);

    assertThat(browser.driver.findElements(Page.OPTIONS)).extracting(WebElement::getText).isEqualTo(newest);
    assertThat(newest.get(0)).startsWith("Myoclonus");
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
  }

  @Test
  void a_did_you_mean_answer_is_offered_as_a_link_to_the_corrected_search() throws Exception {
    long total = server.get("/api/search?q=myoclonus").tree().get("total").asLong();
    page.open(server.base() + "/");
    // The shipped corpus does not make the server correct this query yet; the answer is the contract's shape.
    page.js("""
        var realFetch = window.fetch;
        window.fetch = function (url, opts) {
          if (String(url).indexOf('/api/search?q=myoclonis&') < 0) return realFetch(url, opts);
          return Promise.resolve(new Response(JSON.stringify({query: 'myoclonis', total: 0, page: 1, size: 10, took_ms: 1,
              hits: [], facets: {tier: {}, type: {}}, did_you_mean: 'myoclonus'}),
              {status: 200, headers: {'Content-Type': 'application/json'}}));
        };
        """);

    page.input().sendKeys("myoclonis", Keys.ENTER);

    WebElement link = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".did-you-mean a")));
    assertThat(browser.driver.findElement(By.cssSelector(".did-you-mean")).getText()).isEqualTo("Did you mean myoclonus?");
    assertThat(link.getAttribute("href")).isEqualTo(server.base() + "/?q=myoclonus");
    link.click();
    page.awaitStatus(total + " results for “myoclonus” (1–10)");
  }
}
