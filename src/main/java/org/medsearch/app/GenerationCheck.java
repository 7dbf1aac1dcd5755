package org.medsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medsearch.model.Topic;
import org.medsearch.search.LuceneSearchEngine;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResult;

/**
 * Checks a committed generation before it is served: it opens as the server would, holds exactly
 * the records the corpus makes, and a few sample topics are found by id and by a word of their title.
 */
final class GenerationCheck {
  /** Enough to catch a generation that lost or mangled records, cheap on any corpus. */
  static final int SAMPLES = 3;

  private GenerationCheck() {}

  /** Throws with what was wrong and what to do; the generation must then not be published. */
  static void verify(Path generation, List<Topic> topics, long expectedRecords, ObjectMapper json) throws IOException {
    try (LuceneSearchEngine engine = LuceneSearchEngine.open(generation, json)) {
      long count = engine.documentCount();
      if (count != expectedRecords) {
        throw failed(generation, "it holds " + count + " records where the corpus makes " + expectedRecords);
      }
      for (Topic t : samples(topics)) {
        Optional<Topic> stored = engine.topic(t.id());
        if (stored.isEmpty() || !stored.get().title().equals(t.title())) {
          throw failed(generation, "topic '" + t.id() + "' cannot be looked up by its id");
        }
        String word = longestWord(t.title());
        // Words of three letters or fewer may be stop words, which find nothing by design.
        if (word.length() >= 4) {
          SearchResult r = engine.search(new SearchRequest(word, Set.of("topic"), Set.of(), t.id(), 1, 1));
          if (r.total() < 1) {
            throw failed(generation, "searching '" + word + "' does not find topic '" + t.id() + "'");
          }
        }
      }
    }
  }

  /** The first, middle and last topic by id: deterministic, and spread over the corpus. */
  static List<Topic> samples(List<Topic> topics) {
    List<Topic> sorted = topics.stream().sorted(Comparator.comparing(Topic::id)).toList();
    List<Topic> out = new ArrayList<>();
    if (sorted.isEmpty()) {
      return out;
    }
    for (int i = 0; i < SAMPLES; i++) {
      Topic t = sorted.get((int) ((long) i * (sorted.size() - 1) / Math.max(1, SAMPLES - 1)));
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  static String longestWord(String title) {
    String best = "";
    for (String w : title.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > best.length()) {
        best = w;
      }
    }
    return best;
  }

  private static IOException failed(Path generation, String why) {
    return new IOException("the new index generation " + generation.getFileName() + " failed its check (" + why
        + "); the served index is unchanged: run 'index --full', and report it if it fails again");
  }
}
