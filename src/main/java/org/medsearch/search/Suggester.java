package org.medsearch.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Completions as the user types, from topic titles, aliases, section headings and resource
 * titles, held in memory (a site has thousands of these, not millions).
 *
 * <p>A typed word matches an entry word in one of three ways, best first: as its prefix
 * ("myoc" in "myoclonus"), inside it ("clonus" in "myoclonus", from 3 letters), or as a prefix
 * with one typo (two from 7 letters), the first letter kept ("mioc", "myoclonis"), one edit
 * before two. Every earlier word of the query must be a prefix of some word of the entry; when
 * that leaves too few, within a typo of one ("braim ab": *Brain abscess*), after the rest.
 * Ranking: how the words matched, then the kind of entry (a topic above its alias above a
 * resource above a heading), then shorter text first, then alphabetical.
 */
final class Suggester {
  static final int MAX_SIZE = 20;
  static final int MAX_QUERY = 100;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One thing that can be suggested. */
  record Entry(String text, String type, String id, Hit.TopicRef topic, int kindWeight) {}

  private final List<Entry> entries = new ArrayList<>();
  private final List<String[]> entryWords = new ArrayList<>();
  /** Each entry's text normalised once, not on every keystroke (that took most of a suggest call). */
  private final List<String> entryNormalized = new ArrayList<>();
  /** Normalised word to the entries holding it. */
  private final TreeMap<String, int[]> words = new TreeMap<>();
  /** Trigram to the words holding it, for matches inside words. */
  private final Map<String, String[]> trigrams = new HashMap<>();
  /** First letter to the words starting with it, for typo-tolerant matches. */
  private final Map<Character, String[]> byInitial = new HashMap<>();

  Suggester(List<Entry> input) {
    Map<String, Integer> seen = new HashMap<>(input.size() * 2);
    // Each word kept once, with the entries holding it, and a text already in lower case not
    // copied: most entries share their words (with the topic references shared too, the server's
    // live heap on MedQuAD went from 50.2 to 38.2 MB). Built without boxed lists, sets per entry
    // or streams: the suggester is built while the server starts, and what it allocates then
    // decides how many young collections start-up takes.
    Map<String, IntList> postings = new HashMap<>(input.size());
    for (Entry e : input) {
      String normalized = normalize(e.text());
      String key = e.type() + "\u0000" + normalized + "\u0000" + (e.topic() == null ? "" : e.topic().id());
      if (e.text().isBlank() || seen.putIfAbsent(key, entries.size()) != null) {
        continue;
      }
      int n = entries.size();
      entries.add(e);
      entryNormalized.add(normalized.equals(e.text()) ? e.text() : normalized);
      String[] ws = splitNormalized(normalized);
      for (int i = 0; i < ws.length; i++) {
        IntList list = postings.get(ws[i]);
        if (list == null) {
          list = new IntList(ws[i]);
          postings.put(ws[i], list);
        } else {
          ws[i] = list.word;
        }
        if (list.last() != n) {
          list.add(n);
        }
      }
      entryWords.add(ws);
    }
    String[] sorted = postings.keySet().toArray(String[]::new);
    Arrays.sort(sorted);
    Map<String, List<String>> grams = new HashMap<>();
    Map<Character, List<String>> initials = new HashMap<>();
    for (String w : sorted) {
      words.put(w, postings.get(w).toArray());
      for (int i = 0; i + 3 <= w.length(); i++) {
        List<String> holding = grams.computeIfAbsent(w.substring(i, i + 3), k -> new ArrayList<>(4));
        // a word holding a trigram twice ("banana") is listed once: words come one after another
        if (holding.isEmpty() || holding.get(holding.size() - 1) != w) {
          holding.add(w);
        }
      }
      initials.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
    }
    grams.forEach((g, ws) -> trigrams.put(g, ws.toArray(String[]::new)));
    initials.forEach((c, ws) -> byInitial.put(c, ws.toArray(String[]::new)));
  }

  /** Entry numbers in the order added, each once; and the one copy of their word kept. */
  private static final class IntList {
    private int[] values = new int[2];
    private int size;
    final String word;

    IntList(String word) {
      this.word = word;
    }

    int last() {
      return size == 0 ? -1 : values[size - 1];
    }

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  int size() {
    return entries.size();
  }

  List<Suggestion> suggest(String query, int size) {
    String[] typed = split(query);
    if (typed.length == 0) {
      return List.of();
    }
    String last = typed[typed.length - 1];
    // entry -> best match class of the last word (PREFIX, INSIDE, ONE_TYPO, TWO_TYPOS), in order found
    Found found = spare.poll();
    if (found == null) {
      found = new Found(entries.size());
    }
    try {
      List<Suggestion> out = suggest(typed, last, size, found);
      if (out.isEmpty() && typed.length == 2) {
        // Two typed words that are one word's start ("heart bu" of Heartburn).
        found.clear();
        String one = typed[0] + typed[1];
        out = suggest(new String[] {one}, one, size, found);
      }
      return out;
    } finally {
      found.clear();
      spare.offer(found);
    }
  }

  private List<Suggestion> suggest(String[] typed, String last, int size, Found found) {
    collect(words.subMap(last, last + Character.MAX_VALUE).keySet(), PREFIX, found);
    if (last.length() >= 3) {
      collect(inside(last), INSIDE, found);
    }
    if (found.size() < size && last.length() >= 4) {
      Map<String, Integer> near = typos(last);
      near.forEach((w, d) -> collect(List.of(w), d == 1 ? ONE_TYPO : TWO_TYPOS, found));
    }
    int keep = size * 8;
    Ranked r = best(typed, found, size, keep, null);
    if (r.out().size() < size && r.candidates() > keep) {
      // the bounded pass held too many texts that differ only in case or accents
      r = best(typed, found, size, r.candidates(), null);
    }
    if (r.out().size() < size && typed.length > 1) {
      // A typo in a word typed before the last ("braim ab"): entries with a word that starts
      // within its typos, after those whose words start as typed.
      List<Map<String, Integer>> nearEarlier = new ArrayList<>();
      int narrowest = -1;
      for (int i = 0; i < typed.length - 1; i++) {
        nearEarlier.add(typed[i].length() >= 4 ? earlierTypos(typed[i]) : Map.of());
        narrowest = narrowest < 0 && !nearEarlier.get(i).isEmpty() ? i : narrowest;
      }
      if (narrowest >= 0) {
        // Only the entries holding that word as typed or within its typos can match: ranking
        // them, not every entry the last word found (a one-letter last word finds thousands).
        Found narrowed = spare.poll();
        if (narrowed == null) {
          narrowed = new Found(entries.size());
        }
        try {
          String t = typed[narrowest];
          narrow(found, words.subMap(t, t + Character.MAX_VALUE).keySet(), narrowed);
          narrow(found, nearEarlier.get(narrowest).keySet(), narrowed);
          r = best(typed, narrowed, size, keep, nearEarlier);
        } finally {
          narrowed.clear();
          spare.offer(narrowed);
        }
      }
    }
    return r.out();
  }

  /**
   * {@link #typos} of a word typed before the last, remembered: it stays the same for every
   * keystroke of the words after it.
   */
  private Map<String, Integer> earlierTypos(String t) {
    Map<String, Integer> known = earlierTypos.get(t);
    if (known == null) {
      if (earlierTypos.size() >= EARLIER_TYPOS_KEPT) {
        earlierTypos.clear();
      }
      known = typos(t);
      earlierTypos.put(t, known);
    }
    return known;
  }

  private static final int EARLIER_TYPOS_KEPT = 10_000;
  private final Map<String, Map<String, Integer>> earlierTypos = new ConcurrentHashMap<>();

  /** Adds to {@code into} the entries of {@code found} that hold one of {@code holding}, with their match class. */
  private void narrow(Found found, Iterable<String> holding, Found into) {
    for (String w : holding) {
      for (int n : words.get(w)) {
        if (found.best[n] > 0) {
          into.merge(n, found.best[n]);
        }
      }
    }
  }

  /** Match classes of the last typed word, best first; an entry keeps its best. */
  static final int PREFIX = 6;
  static final int INSIDE = 4;
  static final int ONE_TYPO = 2;
  static final int TWO_TYPOS = 1;
  /** Less for an entry found through a typo in a word typed before the last. */
  static final int EARLIER_TYPO = 400;

  private record Ranked(List<Suggestion> out, int candidates) {}

  /**
   * The first {@code size} distinct texts among the {@code keep} best candidates, best first, and
   * how many candidates there were. A two-letter prefix ("wh") matches thousands of headings;
   * keeping only the best few in a heap, and making a candidate object only for those that get
   * in, makes such a keystroke as cheap as any other.
   */
  private Ranked best(String[] typed, Found found, int size, int keep, List<Map<String, Integer>> nearEarlier) {
    String joined = String.join(" ", typed);
    PriorityQueue<Scored> worstFirst = new PriorityQueue<>(keep + 1, RANKING.reversed());
    int candidates = 0;
    for (int k = 0; k < found.count; k++) {
      int n = found.order[k];
      int earlier = earlierWordsMatch(typed, entryWords.get(n), nearEarlier);
      if (earlier < 0) {
        continue;
      }
      candidates++;
      Entry e = entries.get(n);
      boolean startsWith = entryNormalized.get(n).startsWith(joined);
      int score = found.best[n] * 1000 + (startsWith ? 500 : 0) + e.kindWeight() - (earlier > 0 ? EARLIER_TYPO : 0);
      if (worstFirst.size() < keep) {
        worstFirst.add(new Scored(e, entryNormalized.get(n), score, k));
      } else if (before(score, e.text(), k, worstFirst.peek())) {
        worstFirst.poll();
        worstFirst.add(new Scored(e, entryNormalized.get(n), score, k));
      }
    }
    List<Scored> kept = new ArrayList<>(worstFirst);
    kept.sort(RANKING);
    List<Suggestion> out = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (Scored s : kept) {
      Entry e = s.entry();
      if (texts.add(s.normalized())) {
        out.add(new Suggestion(e.text(), e.type(), e.id(), e.topic(), highlight(e.text(), typed)));
      }
      if (out.size() == size) {
        break;
      }
    }
    return new Ranked(out, candidates);
  }

  /** Whether a candidate of {@code score}, {@code text} found {@code k}-th ranks before {@code other} ({@link #RANKING}). */
  private static boolean before(int score, String text, int k, Scored other) {
    if (score != other.score()) {
      return score > other.score();
    }
    String o = other.entry().text();
    if (text.length() != o.length()) {
      return text.length() < o.length();
    }
    int c = text.compareTo(o);
    return c != 0 ? c < 0 : k < other.found();
  }

  private void collect(Iterable<String> matchedWords, int cls, Found found) {
    for (String w : matchedWords) {
      for (int n : words.get(w)) {
        found.merge(n, cls);
      }
    }
  }

  /** The best match class per entry, and the entries in the order first found. */
  /**
   * Match tables of earlier keystrokes, kept for the next: each holds two ints per entry, and
   * making new ones for every keystroke was most of what a suggestion allocated (300 KB on the
   * MedQuAD index), which showed as GC pauses in the tail of the latencies.
   */
  private final Queue<Found> spare = new ConcurrentLinkedQueue<>();

  private static final class Found {
    final int[] best;
    final int[] order;
    int count;

    Found(int entries) {
      best = new int[entries];
      order = new int[entries];
    }

    void merge(int entry, int cls) {
      if (best[entry] == 0) {
        order[count++] = entry;
      }
      best[entry] = Math.max(best[entry], cls);
    }

    int size() {
      return count;
    }

    /** Empties the table, touching only the entries that were found. */
    void clear() {
      for (int k = 0; k < count; k++) {
        best[order[k]] = 0;
      }
      count = 0;
    }
  }

  /** Words containing {@code t} past their start: the words holding all its trigrams, checked. */
  private List<String> inside(String t) {
    String[] smallest = null;
    for (int i = 0; i + 3 <= t.length(); i++) {
      String[] ws = trigrams.get(t.substring(i, i + 3));
      if (ws == null) {
        return List.of();
      }
      if (smallest == null || ws.length < smallest.length) {
        smallest = ws;
      }
    }
    List<String> out = new ArrayList<>();
    for (String w : smallest) {
      int at = w.indexOf(t);
      if (at > 0) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Words whose start is within one edit of {@code t} (two from 7 letters), same first letter,
   * each with its edits (a word that starts as typed is no typo and is left out).
   */
  private Map<String, Integer> typos(String t) {
    String[] candidates = byInitial.get(t.charAt(0));
    if (candidates == null) {
      return Map.of();
    }
    int max = t.length() >= 7 ? 2 : 1;
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String w : candidates) {
      if (w.length() + max < t.length()) {
        continue;
      }
      int d = Edits.prefixDistance(t, w, max);
      if (d > 0 && d <= max) {
        out.put(w, d);
      }
    }
    return out;
  }

  /**
   * Whether every word typed before the last starts a word of the entry: 0 when each does as
   * typed, 1 when one needs a typo of {@code nearEarlier} (null: none allowed), -1 when one does
   * not.
   */
  private static int earlierWordsMatch(String[] typed, String[] entry, List<Map<String, Integer>> nearEarlier) {
    int typo = 0;
    for (int i = 0; i < typed.length - 1; i++) {
      String t = typed[i];
      if (Arrays.stream(entry).anyMatch(w -> w.startsWith(t))) {
        continue;
      }
      Map<String, Integer> near = nearEarlier == null ? Map.of() : nearEarlier.get(i);
      if (near.isEmpty() || Arrays.stream(entry).noneMatch(near::containsKey)) {
        return -1;
      }
      typo = 1;
    }
    return typo;
  }

  /** The entry text HTML-escaped with the typed words that start one of its words in {@code <mark>}. */
  static String highlight(String text, String[] typed) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    String folded = foldKeepingLength(text);
    while (i < text.length()) {
      boolean wordStart = Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      int len = 0;
      for (String t : typed) {
        // word starts for any typed word; inside a word ("clonus" in "myoclonus") from 3 letters
        if (t.length() > len && (wordStart || t.length() >= 3) && folded.startsWith(t, i)) {
          len = t.length();
        }
      }
      if (len > 0) {
        sb.append("<mark>").append(escape(text.substring(i, i + len))).append("</mark>");
        i += len;
      } else {
        sb.append(escape(text.substring(i, i + 1)));
        i++;
      }
    }
    return sb.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
  }

  static String[] split(String text) {
    return splitNormalized(normalize(text));
  }

  /** The words (runs of letters and digits) of a normalised text. */
  private static String[] splitNormalized(String n) {
    String[] parts = NON_WORD.split(n);
    int words = 0;
    for (String p : parts) {
      if (!p.isEmpty()) {
        parts[words++] = p;
      }
    }
    return words == parts.length ? parts : Arrays.copyOf(parts, words);
  }

  static String normalize(String text) {
    return foldKeepingLength(text).strip();
  }

  /** Lower case without accents, one char per char so offsets still point into the original. */
  private static String foldKeepingLength(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        // ASCII has no accents to drop: skip the Unicode decomposition.
        sb.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
        continue;
      }
      String c = String.valueOf(ch);
      String base = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      sb.append(base.length() == 1 ? base.toLowerCase(Locale.ROOT).charAt(0) : Character.toLowerCase(text.charAt(i)));
    }
    return sb.toString();
  }

  /** {@code found}: the order in which the candidate was found, the last tie-break (as the stable sort before). */
  private record Scored(Entry entry, String normalized, int score, int found) {}

  /** Best first: how the words matched, then shorter text, then alphabetical, then first found. */
  private static final Comparator<Scored> RANKING = Comparator.comparingInt(Scored::score).reversed()
      .thenComparingInt((Scored s) -> s.entry().text().length())
      .thenComparing(s -> s.entry().text())
      .thenComparingInt(Scored::found);
}
