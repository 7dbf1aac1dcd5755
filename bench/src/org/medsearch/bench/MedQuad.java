package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.medsearch.model.Section;
import org.medsearch.model.Topic;

/**
 * The MedQuAD question-answer pairs of {@code ../shared/datasets/medquad} as topics in the
 * contract's topic format: one topic per MedQuAD document ({@code GARD_0000155}), its focus as
 * title and focus synonyms as aliases, one section per QA pair ({@code Sec2}) with the question
 * as heading and the answer as text, so section hits ({@code GARD_0000155#Sec2}) match the
 * LiveQA judgments ({@code GARD_0000155_Sec2}).
 */
public final class MedQuad {
  private MedQuad() {}

  /** ../shared/datasets, found from the project folder or its parent. */
  public static Path datasets() {
    for (Path p : List.of(Path.of("../shared/datasets"), Path.of("shared/datasets"), Path.of("../../shared/datasets"))) {
      if (Files.isDirectory(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("../shared/datasets not found: run from the project folder with ../shared beside it");
  }

  public static List<Topic> topics(ObjectMapper json) {
    Path file = datasets().resolve("medquad/medquad-qa.jsonl.gz");
    Map<String, List<JsonNode>> docs = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode qa = json.readTree(line);
        String id = qa.get("id").asText();
        docs.computeIfAbsent(id.substring(0, id.lastIndexOf("_Sec")), k -> new ArrayList<>()).add(qa);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Topic> topics = new ArrayList<>(docs.size());
    docs.forEach((topicId, pairs) -> {
      JsonNode first = pairs.get(0);
      String focus = text(first, "focus");
      Set<String> aliases = new LinkedHashSet<>();
      List<Section> sections = new ArrayList<>();
      for (JsonNode qa : pairs) {
        qa.get("synonyms").forEach(s -> aliases.add(s.asText()));
        String id = qa.get("id").asText();
        sections.add(new Section(id.substring(id.lastIndexOf("_Sec") + 1), text(qa, "question"), text(qa, "answer")));
        if (focus == null) {
          focus = text(qa, "focus");
        }
      }
      String title = focus != null ? focus : text(first, "question");
      aliases.remove(title);
      topics.add(new Topic(topicId, title, List.copyOf(aliases), text(first, "url"), first.get("source").asText(),
          null, sections, List.of(), List.of()));
    });
    return topics;
  }

  /** Writes the topics as one JSONL corpus file and returns its folder. */
  public static Path writeCorpus(Path dir, ObjectMapper json) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("medquad.jsonl");
    if (!Files.exists(file)) {
      List<String> lines = new ArrayList<>();
      for (Topic t : topics(json)) {
        lines.add(json.writeValueAsString(t));
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
