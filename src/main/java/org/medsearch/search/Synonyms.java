package org.medsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medsearch.index.Abbreviations;

/**
 * The project's lay-term, synonym and abbreviation groups ({@code synonyms.txt}), analysed like
 * the text, looked up by runs of query words: "muscle jerks" also searches "myoclonus",
 * "singultus" also searches "hiccup", "cjd" also "creutzfeldt jakob disease". The abbreviations
 * the indexed text defines are added to them ({@link #withAbbreviations}).
 */
final class Synonyms {
  static final int MAX_WORDS = 5;

  /** Analysed phrase to the other analysed phrases of its groups. */
  private final Map<String, Set<List<String>>> others = new HashMap<>();

  Synonyms(LuceneQueries analysis) {
    for (String[][] line : written()) {
      if (line[1] == null) {
        add(List.of(line[0]), analysis);
      } else {
        addOneWay(List.of(line[0]), List.of(line[1]), analysis);
      }
    }
  }

  /**
   * The list's lines as written: each a group of phrases and null, or for "a, b => c" the phrases
   * that search and the phrases they search.
   */
  static List<String[][]> written() {
    try (InputStream in = Synonyms.class.getResourceAsStream("synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("synonyms.txt is missing from the jar");
      }
      List<String[][]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int arrow = line.indexOf("=>");
        out.add(arrow < 0 ? new String[][] {phrases(line), null}
            : new String[][] {phrases(line.substring(0, arrow)), phrases(line.substring(arrow + 2))});
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] phrases(String commaSeparated) {
    return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(p -> !p.isEmpty())
        .toArray(String[]::new);
  }

  private Synonyms(Synonyms base) {
    base.others.forEach((k, v) -> others.put(k, new LinkedHashSet<>(v)));
  }

  /**
   * These groups and {@code abbreviations} more, each a short form and a long form as written: the
   * short form also searches the long form, not the other way round (a query that spells out
   * "chronic kidney disease" would count its name twice, and outweigh the other topic it asks about).
   */
  Synonyms withAbbreviations(List<Abbreviations.Definition> abbreviations, LuceneQueries analysis) {
    Synonyms more = new Synonyms(this);
    for (Abbreviations.Definition a : abbreviations) {
      more.addOneWay(List.of(a.shortForm()), List.of(a.longForm()), analysis);
    }
    return more;
  }

  private void add(List<String> phrases, LuceneQueries analysis) {
    List<List<String>> group = phrases(phrases, analysis);
    for (List<String> member : group) {
      Set<List<String>> set = others.computeIfAbsent(String.join(" ", member), k -> new LinkedHashSet<>());
      group.stream().filter(g -> !g.equals(member)).forEach(set::add);
    }
  }

  /** {@code from} phrases also search the {@code to} phrases, not the other way round. */
  private void addOneWay(List<String> from, List<String> to, LuceneQueries analysis) {
    List<List<String>> targets = phrases(to, analysis);
    for (List<String> source : phrases(from, analysis)) {
      targets.stream().filter(t -> !t.equals(source))
          .forEach(t -> others.computeIfAbsent(String.join(" ", source), k -> new LinkedHashSet<>()).add(t));
    }
  }

  private static List<List<String>> phrases(List<String> written, LuceneQueries analysis) {
    List<List<String>> out = new ArrayList<>();
    for (String phrase : written) {
      List<String> tokens = analysis.analyze(phrase.strip());
      if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS && !out.contains(tokens)) {
        out.add(tokens);
      }
    }
    return out;
  }

  /** Phrases equivalent to all of {@code tokens} as one phrase ("lockjaw": "tetanus"); empty when it is no listed phrase. */
  List<List<String>> equivalents(List<String> tokens) {
    Set<List<String>> alt = others.get(String.join(" ", tokens));
    return alt == null ? List.of() : List.copyOf(alt);
  }

  /** Phrases equivalent to runs of {@code tokens}, longest runs first, none of them already in the query. */
  List<List<String>> expansions(List<String> tokens) {
    Set<List<String>> out = new LinkedHashSet<>();
    String all = " " + String.join(" ", tokens) + " ";
    for (int n = Math.min(MAX_WORDS, tokens.size()); n >= 1; n--) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        Set<List<String>> alt = others.get(String.join(" ", tokens.subList(i, i + n)));
        if (alt != null) {
          alt.stream().filter(p -> !all.contains(" " + String.join(" ", p) + " ")).forEach(out::add);
        }
      }
    }
    return List.copyOf(out);
  }
}
