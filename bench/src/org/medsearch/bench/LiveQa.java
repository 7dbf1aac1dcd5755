package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The TREC 2017 LiveQA medical questions and their graded judgments of MedQuAD answers. */
public final class LiveQa {
  /** One question in its forms, with judgments keyed by section hit id ({@code GARD_0000155#Sec2}). */
  public record Question(String qid, int number, String subject, String message, String paraphrase, List<String> foci,
      List<String> types, Map<String, Integer> grades) {}

  private LiveQa() {}

  public static List<Question> questions(ObjectMapper json) throws IOException {
    Path dir = MedQuad.datasets().resolve("liveqa-med-2017");
    Map<Integer, Map<String, Integer>> qrels = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("qrels.txt"), StandardCharsets.UTF_8)) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 4) {
        String id = f[2];
        int sec = id.lastIndexOf("_Sec");
        qrels.computeIfAbsent(Integer.parseInt(f[0]), k -> new HashMap<>())
            .put(id.substring(0, sec) + "#" + id.substring(sec + 1), Integer.parseInt(f[3]));
      }
    }
    List<Question> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("questions.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode q = json.readTree(line);
      List<String> foci = new ArrayList<>();
      q.get("foci").forEach(f -> foci.add(f.asText()));
      List<String> types = new ArrayList<>();
      q.path("types").forEach(t -> types.add(t.asText()));
      int number = q.get("number").asInt();
      out.add(new Question(q.get("qid").asText(), number, q.get("subject").asText(""), q.get("message").asText(""),
          q.get("paraphrase").asText(""), foci, types, qrels.getOrDefault(number, Map.of())));
    }
    return out;
  }
}
