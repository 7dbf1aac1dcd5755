package org.medsearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;

/** Snippets and suggestions over hostile corpus text and queries carry no markup but {@code <mark>}. */
class HostileSnippetTest {
  static final String HOSTILE_TOPIC = """
      {"id": "hostile", "title": "Quackery <script>alert(1)</script> cures",
       "aliases": ["\\"><img src=x onerror=alert(2)>"],
       "sections": [{"id": "s1", "heading": "Quackery <img src=x onerror=alert(5)> claims",
                     "text": "Quackery sellers write <script>alert(6)</script> and \\"><img src=x onerror=alert(7)> into pages."}],
       "resources": [{"tier": "basic", "title": "Quackery <svg onload=alert(8)> guide", "url": "javascript:alert(9)"}]}
      """;

  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = TestCorpus.copyOfShipped(work);
    Files.writeString(corpus.resolve("hostile.json"), HOSTILE_TOPIC);
    server = TestServer.start(corpus, work);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void markup_in_the_corpus_is_escaped_in_snippets_with_only_the_matches_marked() throws Exception {
    JsonNode hits = server.get("/api/search?q=" + TestServer.enc("quackery script onerror")).tree().get("hits");
    assertThat(hits).isNotEmpty();
    for (JsonNode h : hits) {
      String snippet = h.get("snippet").asText();
      assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).as(snippet).doesNotContain("<", ">");
    }
    assertThat(hits.get(0).get("snippet").asText()).isEqualTo("<mark>Quackery</mark> sellers write &lt;<mark>script</mark>&gt;"
        + "alert(6)&lt;&#x2F;<mark>script</mark>&gt; and &quot;&gt;&lt;img src=x <mark>onerror</mark>=alert(7)&gt; into pages.");
  }

  @Test
  void a_hostile_query_is_escaped_in_snippets_and_suggestions() throws Exception {
    String q = "'><img src=x onerror=alert(1)> <script>quackery</script>";
    JsonNode answer = server.get("/api/search?q=" + TestServer.enc(q)).tree();
    assertThat(answer.get("hits")).isNotEmpty();
    for (JsonNode h : answer.get("hits")) {
      assertThat(h.get("snippet").asText().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }
    JsonNode suggestions = server.get("/api/suggest?q=" + TestServer.enc("<img quack")).tree().get("suggestions");
    for (JsonNode s : suggestions) {
      assertThat(s.get("highlighted").asText().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }
  }
}
