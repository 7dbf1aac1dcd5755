package org.medsearch.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the tests look at on the search page, in one place, so a markup change is one edit. */
final class Page {
  static final By INPUT = By.id("q");
  static final By OPTIONS = By.cssSelector("[role=listbox] [role=option]");
  static final By STATUS = By.id("status");
  static final By GROUPS = By.cssSelector("#results .group");
  static final By SUBHITS = By.cssSelector("#results .subhit");
  static final By MARKS = By.cssSelector("#results mark");
  static final By FACETS = By.cssSelector("#facets button.facet");
  static final By TOPIC_TITLE = By.cssSelector("#topic-view .topic-title");

  private final Browser b;

  Page(Browser b) {
    this.b = b;
  }

  void open(String url) {
    b.driver.get(url);
    b.await().until(d -> "complete".equals(js("return document.readyState")));
  }

  WebElement input() {
    return b.driver.findElement(INPUT);
  }

  /** Waits until the suggestion list is open and returns its options. */
  List<WebElement> awaitSuggestions(WebElement combobox) {
    b.await().until(d -> "true".equals(combobox.getAttribute("aria-expanded")));
    b.await().until(ExpectedConditions.visibilityOfElementLocated(OPTIONS));
    return b.driver.findElements(OPTIONS);
  }

  /** Waits until the status line has a final text (the page sets it when an answer arrived). */
  String awaitStatus(String expected) {
    b.await().until(ExpectedConditions.textToBe(STATUS, expected));
    return b.driver.findElement(STATUS).getText();
  }

  WebElement facet(String dim, String value) {
    return b.driver.findElement(By.cssSelector("#facets button.facet[data-dim='" + dim + "'][data-value='" + value + "']"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) b.driver).executeScript(script, args);
  }

  @SuppressWarnings("unchecked")
  List<String> dialogs() {
    return (List<String>) js("return window.__dialogs || []");
  }
}
