package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestServer;

/** How the kind of answer a question asks for lifts headings, on a small corpus over HTTP. */
class QuestionTypesRankingTest {
  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.write(corpus.resolve("topics.jsonl"), List.of(
        """
        {"id":"cancer-treatment-pain","title":"Cancer treatment and pain","sections":[
          {"id":"s1","heading":"What causes Cancer treatment and pain ?","text":"Pain comes from the tumor pressing on nerves."},
          {"id":"s2","heading":"What is the outlook for Cancer treatment and pain ?","text":"Most pain can be eased."}]}"""
            .replace("\n", ""),
        """
        {"id":"nerve-pain","title":"Nerve pain","sections":[
          {"id":"s1","heading":"What are the treatments for Nerve pain ?","text":"Medicines ease nerve pain, cancer pain among them."},
          {"id":"s2","heading":"What causes Nerve pain ?","text":"Diabetes and shingles damage nerves."}]}"""
            .replace("\n", "")), StandardCharsets.UTF_8);
    server = TestServer.start(corpus, work);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void a_kind_of_answer_named_only_in_the_topic_name_is_not_that_kind() throws Exception {
    // Every heading of "Cancer treatment and pain" has "treatment" in it through the topic's name;
    // the question asks for treatments, which only the nerve pain page has.
    JsonNode hits = server.get("/api/search?type=section&q=" + TestServer.enc("what is the treatment for cancer pain")).tree()
        .get("hits");
    assertThat(hits.get(0).get("id").asText()).as(hits.toString()).isEqualTo("nerve-pain#s1");
  }
}
