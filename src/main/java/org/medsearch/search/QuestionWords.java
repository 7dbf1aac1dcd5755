package org.medsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The words of question phrasing and politeness ({@code question-words.txt}), analysed like queries. */
final class QuestionWords {
  private QuestionWords() {}

  static Set<String> load(LuceneQueries analysis) {
    Set<String> out = new HashSet<>();
    try (InputStream in = QuestionWords.class.getResourceAsStream("question-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("question-words.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
          out.addAll(analysis.analyze(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
