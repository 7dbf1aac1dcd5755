package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.model.Topic;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.Hit;
import org.medsearch.search.SearchEngine;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.Suggestion;

/**
 * Typo tolerance on names people type into a search box: a sample of MedQuAD topic titles, each
 * searched as typed and with one typo in its longest word (two neighbouring letters swapped, one
 * left out, one added, one replaced; never in the first two letters, which people seldom get
 * wrong), against {@code type=section}. A search finds the topic when its first hit (or one of
 * its first five) is a section of a topic of that title (MedQuAD has up to five sources on a
 * subject, under the same title). The plain BM25 baseline of {@link Relevance} is run on the
 * same queries. Known-item search, not graded judgments: it says whether a misspelt name still
 * reaches its page, which is what the search box must do.
 *
 * <pre>bash bench/run TypoTolerance [SAMPLE] [--misses]</pre>
 *
 * <p>Uses the index {@link Relevance} builds (run it first). {@code SAMPLE} titles (default
 * 1,000, drawn with a fixed seed) whose longest word has at least six letters, all letters;
 * {@code --misses} lists medsearch's misses.
 */
public final class TypoTolerance {
  private static final List<String> KINDS = List.of("as typed", "swapped", "left out", "added", "replaced");

  public static void main(String[] args) throws Exception {
    int sample = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1000;
    boolean misses = List.of(args).contains("--misses");
    ObjectMapper json = Json.mapper();
    Path index = Path.of("bench/out/medquad/index");
    if (!Files.exists(index.resolve("CURRENT"))) {
      System.err.println("error: no index at " + index + ": run `bash bench/run Relevance` first");
      System.exit(2);
    }
    List<Topic> topics = MedQuad.topics(json);
    Map<String, String> titleOf = new HashMap<>();
    topics.forEach(t -> titleOf.put(t.id(), t.title()));
    List<Topic> shuffled = new ArrayList<>(topics);
    Random random = new Random(42);
    Collections.shuffle(shuffled, random);
    // The suggestions' typos drawn apart, so that either part's figures do not move with the other.
    Random keystrokes = new Random(7);

    Map<String, int[]> ours = new LinkedHashMap<>();
    Map<String, int[]> theirs = new LinkedHashMap<>();
    KINDS.forEach(k -> {
      ours.put(k, new int[3]);
      theirs.put(k, new int[3]);
    });
    Map<String, int[]> suggested = new LinkedHashMap<>();
    KINDS.forEach(k -> suggested.put(k, new int[3]));
    int titles = 0;
    try (Bm25Baseline baseline = new Bm25Baseline(topics);
        SearchEngine engine = Service.openEngine(index, json)) {
      for (Topic t : shuffled) {
        if (titles == sample) {
          break;
        }
        String title = t.title().replaceAll("\\s*\\([^)]*\\)", "").strip();
        String[] words = title.split("\\s+");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
          longest = words[i].length() > words[longest].length() ? i : longest;
        }
        String word = words[longest].toLowerCase(Locale.ROOT);
        if (word.length() < 6 || !word.chars().allMatch(Character::isLetter)) {
          continue;
        }
        titles++;
        for (String kind : KINDS) {
          String[] typed = words.clone();
          typed[longest] = typo(word, kind, random);
          String q = String.join(" ", typed);
          List<String> ourTopics = new ArrayList<>();
          try {
            for (Hit h : engine.search(new SearchRequest(q, Set.of("section"), Set.of(), null, 1, 5)).hits()) {
              ourTopics.add(h.topic() == null ? "" : h.topic().id());
            }
          } catch (BadRequestException e) {
            // counts as a miss
          }
          List<String> baseTopics = baseline.search(q, 5).stream().map(id -> id.substring(0, id.indexOf('#'))).toList();
          boolean found = tally(ours.get(kind), ourTopics.stream().map(titleOf::get).toList(), t.title());
          tally(theirs.get(kind), baseTopics.stream().map(titleOf::get).toList(), t.title());
          if (misses && !found) {
            System.out.printf(Locale.ROOT, "miss %-9s %-50s first: %s%n", kind, q,
                ourTopics.isEmpty() ? "-" : titleOf.get(ourTopics.get(0)));
          }
          // The search box as the name is typed: its first letters, with the typo among them.
          String typing = t.title().toLowerCase(Locale.ROOT);
          typing = typing.substring(0, Math.min(PREFIX, typing.length()));
          if (typing.length() >= 6 && typing.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
            String prefix = typo(typing, kind, keystrokes);
            List<String> offered = new ArrayList<>();
            for (Suggestion sg : engine.suggest(prefix, 5).suggestions()) {
              offered.add(sg.topic() != null ? sg.topic().title() : sg.text());
            }
            boolean five = tally(suggested.get(kind), offered, t.title());
            if (misses && !five) {
              System.out.printf(Locale.ROOT, "suggest miss %-9s %-12s for %s: %s%n", kind, "\"" + prefix + "\"", t.title(),
                  offered);
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d MedQuAD titles, each searched as typed and with one typo in its longest word "
        + "(type=section; found: a section of a topic of that title)%n%n", titles);
    System.out.printf(Locale.ROOT, "%-9s  %-18s %-18s %s%n", "typo", "medsearch 1st/5", "bm25 1st/5", "ratio 1st");
    for (String kind : KINDS) {
      int[] o = ours.get(kind);
      int[] b = theirs.get(kind);
      System.out.printf(Locale.ROOT, "%-9s  %6.3f / %6.3f    %6.3f / %6.3f    %.2f%n", kind, share(o[0], o[2]),
          share(o[1], o[2]), share(b[0], b[2]), share(b[1], b[2]), b[0] == 0 ? Double.NaN : (double) o[0] / b[0]);
    }
    System.out.printf(Locale.ROOT, "%n/api/suggest, the first %d letters of the title typed (%d titles of letters and spaces), "
        + "the typo among them: the title offered first / among the first five%n", PREFIX, suggested.get(KINDS.get(0))[2]);
    for (String kind : KINDS) {
      int[] g = suggested.get(kind);
      System.out.printf(Locale.ROOT, "%-9s  %6.3f / %6.3f%n", kind, share(g[0], g[2]), share(g[1], g[2]));
    }
  }

  /** Letters of a title typed into the search box before its suggestions are read. */
  private static final int PREFIX = 8;

  /**
   * Adds one search to {@code tally} (found first, found in five, searches): found when one of
   * {@code titles} (the first, of the first five) is {@code title}; whether it was in five.
   */
  private static boolean tally(int[] tally, List<String> titles, String title) {
    boolean first = !titles.isEmpty() && title.equalsIgnoreCase(titles.get(0));
    boolean five = titles.stream().anyMatch(title::equalsIgnoreCase);
    tally[0] += first ? 1 : 0;
    tally[1] += five ? 1 : 0;
    tally[2]++;
    return five;
  }

  private static double share(int n, int of) {
    return of == 0 ? Double.NaN : (double) n / of;
  }

  /** {@code word} with one typo of {@code kind}, at a random place after its first two letters. */
  static String typo(String word, String kind, Random random) {
    int at = 2 + random.nextInt(word.length() - 3);
    char[] c = word.toCharArray();
    String letters = "abcdefghijklmnopqrstuvwxyz";
    switch (kind) {
      case "swapped" -> {
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return new String(c);
      }
      case "left out" -> {
        return word.substring(0, at) + word.substring(at + 1);
      }
      case "added" -> {
        return word.substring(0, at) + letters.charAt(random.nextInt(letters.length())) + word.substring(at);
      }
      case "replaced" -> {
        char x;
        do {
          x = letters.charAt(random.nextInt(letters.length()));
        } while (x == c[at]);
        c[at] = x;
        return new String(c);
      }
      default -> {
        return word;
      }
    }
  }
}
