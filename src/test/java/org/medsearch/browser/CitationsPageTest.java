package org.medsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;
import org.medsearch.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Citation hits on the search page: reference, DOI link, "Cite" (Vancouver, AMA, APA), topic links, export. */
class CitationsPageTest extends ShippedCorpusBrowserTest {
  private static WebElement awaitCitation(String id) {
    return browser.await().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#results .subhit-citation[data-id='" + id + "']")));
  }

  @Test
  void a_citation_hit_shows_its_reference_and_doi_link() throws Exception {
    JsonNode hit = server.get("/api/search?q=laroumagne&type=citation").tree().get("hits").get(0);
    page.open(server.base() + "/?q=laroumagne&type=citation");
    WebElement li = awaitCitation("myoclonus#c2");

    WebElement ref = li.findElement(By.cssSelector(".reference"));
    assertThat(ref.getText()).isEqualTo(hit.get("reference").asText() + " doi:10.1155/2014/545490");
    assertThat(ref.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://doi.org/10.1155/2014/545490");
  }

  @Test
  void cite_opens_the_reference_in_three_styles_with_topic_links_and_exports() throws Exception {
    JsonNode expected = server.get("/api/citations?id=" + TestServer.enc("myoclonus#c1") + "&cite=vancouver,ama,apa")
        .tree().get("hits").get(0).get("cite_as");
    page.open(server.base() + "/?q=autosomal&type=citation");
    WebElement li = awaitCitation("myoclonus#c1");
    WebElement toggle = li.findElement(By.cssSelector("button.cite-toggle"));
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");

    toggle.click();

    browser.await().until(d -> !li.findElements(By.cssSelector(".cite-apa .cite-text")).isEmpty());
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    for (String style : List.of("vancouver", "ama", "apa")) {
      assertThat(li.findElement(By.cssSelector(".cite-" + style + " .cite-text")).getText()).as(style)
          .isEqualTo(expected.get(style).asText());
    }
    assertThat(li.findElements(By.cssSelector(".cite-as dt"))).extracting(WebElement::getText)
        .containsExactly("Vancouver", "AMA", "APA");
    WebElement topic = li.findElement(By.cssSelector(".cited-on a"));
    assertThat(topic.getText()).isEqualTo("Myoclonus");
    assertThat(topic.getAttribute("href")).isEqualTo(server.base() + "/?topic=myoclonus&q=autosomal#c1");

    WebElement bibtex = li.findElement(By.cssSelector(".cite-panel a.export-bibtex"));
    assertThat(bibtex.getAttribute("download")).isEqualTo("citations.bib");
    String path = bibtex.getAttribute("href").substring(server.base().length());
    TestServer.Response file = server.get(path);
    assertThat(file.contentType()).startsWith("application/x-bibtex");
    assertThat(new BibTeXParser().parseFully(new StringReader(file.body())).getEntries()).hasSize(1);
    assertThat(li.findElements(By.cssSelector(".cite-panel .export a"))).extracting(WebElement::getText)
        .containsExactly("BibTeX", "RIS", "CSL-JSON");
    browser.screenshot("citation-cite-panel");

    toggle.click();
    assertThat(li.findElement(By.cssSelector(".cite-panel")).isDisplayed()).isFalse();
  }

  @Test
  void the_topic_link_of_the_cite_panel_opens_the_topic_at_the_citation() {
    page.open(server.base() + "/?q=hirayama&type=citation");
    WebElement li = awaitCitation("myoclonus#c7");
    li.findElement(By.cssSelector("button.cite-toggle")).click();
    WebElement topic = browser.await().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#results .subhit-citation[data-id='myoclonus#c7'] .cited-on a")));

    topic.click();

    browser.await().until(ExpectedConditions.visibilityOfElementLocated(Page.TOPIC_TITLE));
    WebElement cited = browser.driver.findElement(By.id("c7"));
    assertThat(cited.getAttribute("class")).contains("linked");
    assertThat(cited.getText()).containsIgnoringCase("hirayama disease with juvenile myoclonic epilepsy");
  }

  @Test
  void citations_only_results_offer_an_export_of_the_whole_search() {
    page.open(server.base() + "/?q=sharma&type=citation");
    WebElement bar = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results > .export")));
    assertThat(bar.getText()).isEqualTo("Export these citations: BibTeX · RIS · CSL-JSON");
    assertThat(bar.findElement(By.cssSelector("a.export-ris")).getAttribute("href"))
        .isEqualTo(server.base() + "/api/citations?q=sharma&format=ris");
  }
}
