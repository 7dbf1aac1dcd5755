package org.medsearch.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.medsearch.app.Json;
import org.medsearch.model.Citation;

/**
 * The citation parser never fails on any block of references (what it cannot read is reported
 * and left out), and every citation it returns is valid CSL-JSON that reads back unchanged.
 * Regression inputs: {@code src/test/resources/org/medsearch/parse/CitationParserFuzzTestInputs};
 * fuzz with {@code bash bench/fuzz}.
 */
class CitationParserFuzzTest {
  private static final CitationParser PARSER = new CitationParser();
  private static final ObjectMapper JSON = Json.mapper();

  @FuzzTest(maxDuration = "10m")
  void any_reference_block_parses_into_csl_json(FuzzedDataProvider data) throws JsonProcessingException {
    int line = data.consumeInt(1, 10_000);
    String block = data.consumeRemainingAsString();
    List<Citation> citations = PARSER.parseBlock(block, line, new Problems());
    for (Citation c : citations) {
      String json = JSON.writeValueAsString(c);
      Citation back = JSON.readValue(json, Citation.class);
      if (!back.equals(c)) {
        throw new AssertionError("citation changed through CSL-JSON: " + json);
      }
    }
  }
}
