package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.medsearch.index.Documents;
import org.medsearch.index.Schema;

/**
 * The names of the indexed topics (titles and aliases, analysed like the text), to recognise
 * when a query mentions a topic: "What is the relationship between Noonan syndrome and
 * polycystic renal disease?" mentions the topic titled "Noonan syndrome", and "can ocella
 * cause dvt" mentions one whose alias is "DVT". The topics' own aliases are the synonym layer.
 */
final class TopicNames {
  static final int MAX_WORDS = 6;

  /** A topic named in the query, and how many query words its name covers. */
  record Mention(String topicId, int words) {}

  private final Map<String, List<String>> byName = new HashMap<>();
  /** Each topic's names, analysed and space-joined. */
  private final Map<String, List<String>> namesOf = new HashMap<>();

  TopicNames(IndexReader reader, LuceneQueries analysis) throws IOException {
    Set<String> fields = Set.of(Schema.ID, Schema.TYPE, Schema.TITLE, Schema.ALIASES);
    StoredScan.forEach(reader, new TermQuery(new Term(Schema.TYPE, Documents.TYPE_TOPIC)), fields, d -> {
      if (!Documents.TYPE_TOPIC.equals(d.get(Schema.TYPE))) {
        return;
      }
      String id = d.get(Schema.ID);
      List<String> names = new ArrayList<>();
      names.add(d.get(Schema.TITLE));
      String aliases = d.get(Schema.ALIASES);
      if (aliases != null) {
        names.addAll(List.of(aliases.split("\n")));
      }
      for (String name : names) {
        List<String> tokens = analysis.analyze(name);
        if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS) {
          List<String> ids = byName.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>(1));
          if (!ids.contains(id)) {
            ids.add(id);
            namesOf.computeIfAbsent(id, k -> new ArrayList<>(2)).add(String.join(" ", tokens));
          }
        }
      }
    });
  }

  /** The query's words that are part of a run naming a topic ("sleep" and "apnea" in "is sleep apnea fatal"). */
  Set<String> namedWords(List<String> tokens) {
    Set<String> out = new HashSet<>();
    forEachNamingRun(tokens, (start, run, ids) -> out.addAll(run));
    return out;
  }

  /**
   * Topics whose whole name is a run of the query's words; each topic once, with its longest run
   * counted in typed words: a token of {@code joined} stands for two ("heartburn" for "heart burn").
   * A topic that shares a name of two or more words with a mentioned one (a name of at most
   * {@code kinShared} topics) is mentioned too: "dvt", the alias of one source's "Deep Vein
   * Thrombosis", also names another source's topic of that title, which does not list the abbreviation.
   */
  Map<String, Integer> mentions(List<String> tokens, Set<String> joined, int kinShared) {
    Map<String, Integer> out = new LinkedHashMap<>();
    forEachNamingRun(tokens, (start, run, ids) -> {
      int words = run.size() + (int) run.stream().filter(joined::contains).count();
      for (String id : ids) {
        out.putIfAbsent(id, words);
      }
      for (String id : ids) {
        for (String name : namesOf.getOrDefault(id, List.of())) {
          List<String> kin = byName.get(name);
          // A one-word name is often an abbreviation of several things ("amd": age-related macular
          // degeneration, and acid maltase deficiency), so it links nothing.
          if (kin.size() <= kinShared && name.indexOf(' ') > 0) {
            kin.forEach(k -> out.putIfAbsent(k, words));
          }
        }
      }
    });
    return out;
  }

  /** A run of a query's tokens that is the whole name of {@code ids}, from index {@code start}. */
  interface NamingRun {
    void accept(int start, List<String> run, List<String> ids);
  }

  /** Each run of {@code tokens} that is some topic's whole name, with those topics: longest runs first. */
  void forEachNamingRun(List<String> tokens, NamingRun action) {
    for (int n = Math.min(MAX_WORDS, tokens.size()); n >= 1; n--) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        List<String> ids = byName.get(String.join(" ", tokens.subList(i, i + n)));
        if (ids != null) {
          action.accept(i, tokens.subList(i, i + n), ids);
        }
      }
    }
  }
}
