package org.medsearch.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.medsearch.app.Json;
import org.medsearch.model.Topic;

/**
 * The page parser never fails (what it cannot place is reported as a problem) and what it
 * returns is a topic the index can store: it turns into JSON and back unchanged. Regression
 * inputs: {@code src/test/resources/org/medsearch/parse/PageLayoutFuzzTestInputs}; fuzz with
 * {@code bash bench/fuzz}.
 */
class PageLayoutFuzzTest {
  private static final PageLayout LAYOUT = new PageLayout();
  private static final ObjectMapper JSON = Json.mapper();

  @FuzzTest(maxDuration = "10m")
  void any_page_text_parses_into_a_storable_topic(FuzzedDataProvider data) throws JsonProcessingException {
    String fileName = data.consumeString(40) + ".txt";
    String text = data.consumeRemainingAsString();
    Problems problems = new Problems();
    Topic topic = LAYOUT.parse(fileName, text, problems);
    if (topic == null) {
      return;
    }
    String json = JSON.writeValueAsString(topic);
    Topic back = JSON.readValue(json, Topic.class);
    if (!back.equals(topic)) {
      throw new AssertionError("topic changed through JSON: " + json);
    }
  }
}
