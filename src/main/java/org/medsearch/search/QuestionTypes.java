package org.medsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What kind of answer a question asks for ({@code question-types.txt}): "can the pill cause
 * thrombosis" asks for causes, so a section headed "What causes thrombosis?" should lead one
 * headed "What is thrombosis?". Maps analysed query words to analysed heading words.
 */
final class QuestionTypes {
  private final Map<String, List<String>> headingWords = new HashMap<>();
  private final List<List<String>> kinds = new ArrayList<>();

  QuestionTypes(LuceneQueries analysis) {
    try (InputStream in = QuestionTypes.class.getResourceAsStream("question-types.txt")) {
      if (in == null) {
        throw new IllegalStateException("question-types.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        int bar = line.indexOf('|');
        if (line.isEmpty() || line.startsWith("#") || bar < 0) {
          continue;
        }
        List<String> heading = analysis.analyze(line.substring(0, bar));
        kinds.add(heading);
        for (String trigger : line.substring(bar + 1).split(",")) {
          for (String t : analysis.analyze(trigger.strip())) {
            headingWords.computeIfAbsent(t, k -> new ArrayList<>()).addAll(heading);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each kind of answer's heading words, in the file's order. */
  List<List<String>> kinds() {
    return kinds;
  }

  /**
   * The heading words of the kinds of answer {@code tokens} ask for, each with the topics it is
   * asked about: those {@code namedAfter} gives for the position of the word that asks ("can
   * fibromyalgia cause swelling" asks for the causes of swelling, "can naltrexone treat
   * depression" for treatments of depression), or none (any topic) when none is named after it.
   */
  Map<String, Set<String>> headingWords(List<String> tokens, IntFunction<Set<String>> namedAfter) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> heading = headingWords.getOrDefault(tokens.get(i), List.of());
      if (heading.isEmpty()) {
        continue;
      }
      Set<String> about = namedAfter.apply(i);
      for (String w : heading) {
        Set<String> before = out.get(w);
        if (before == null) {
          out.put(w, new LinkedHashSet<>(about));
        } else if (!before.isEmpty()) {
          // Asked about any topic once, it stays asked about any topic.
          if (about.isEmpty()) {
            before.clear();
          } else {
            before.addAll(about);
          }
        }
      }
    }
    return out;
  }
}
