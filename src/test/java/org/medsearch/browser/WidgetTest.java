package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The embeddable search box on a host page (/widget-demo.html, served by the same server, so no
 * CORS is involved; a host page on another origin needs the service's CORS configuration).
 */
class WidgetTest extends ShippedCorpusBrowserTest {
  static final By WIDGET_INPUT = By.cssSelector("#embedded-search .medsearch-widget input[type=search]");


  private WebElement openWidget() {
    page.open(server.base() + "/widget-demo.html");
    return browser.await().until(ExpectedConditions.visibilityOfElementLocated(WIDGET_INPUT));
  }

  @Test
  void the_widget_adds_a_labelled_search_box_with_suggestions_to_the_host_page() {
    WebElement input = openWidget();
    WebElement label = browser.driver.findElement(By.cssSelector("#embedded-search label[for='" + input.getAttribute("id") + "']"));
    assertThat(label.getText()).isEqualTo("Search our health topics");

    input.sendKeys("myoc");

    List<WebElement> options = page.awaitSuggestions(input);
    assertThat(options.get(0).findElement(By.cssSelector(".suggestion-text")).getText()).isEqualTo("Myoclonus");
    assertThat(options.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("Myoc");
    browser.screenshot("widget-suggestions");
  }

  @Test
  void submitting_the_widget_opens_the_results_on_the_search_page() throws Exception {
    long total = server.get("/api/search?q=hiccups").tree().get("total").asLong();
    WebElement input = openWidget();

    input.sendKeys("hiccups", Keys.ENTER);

    browser.await().until(ExpectedConditions.textToBe(Page.STATUS, total + " results for “hiccups”"));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?q=hiccups");
  }

  @Test
  void choosing_a_widget_suggestion_opens_its_topic() {
    WebElement input = openWidget();
    input.sendKeys("myoc");
    page.awaitSuggestions(input);

    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

    browser.await().until(ExpectedConditions.textToBe(Page.TOPIC_TITLE, "Myoclonus"));
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "/?topic=myoclonus");
  }
}
