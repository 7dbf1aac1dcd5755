package org.medsearch.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The gazetteer of health publishers that tells where a resource starts in a tier block.
 *
 * <p>The project ships {@code publishers.txt} beside this class; editors extend it with
 * {@link #CORPUS_FILE} in the corpus, in the same format: one publisher a line, the name shown
 * to users, then {@code |} and other ways pages write it ("WebMD | web md"). Lines starting
 * with {@code #} are comments.
 */
public final class Publishers {
  /** Where in a corpus folder editors add publishers, hidden so that it is never read as a page. */
  public static final String CORPUS_FILE = ".medsearch/publishers.txt";

  private static final String RESOURCE = "publishers.txt";

  /** Every written form, as its folded words, mapped to the publisher's shown name. */
  private final Map<List<String>, String> names;
  private final int longest;

  private Publishers(Map<List<String>, String> names) {
    this.names = Map.copyOf(names);
    this.longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
  }

  /** The list shipped with medsearch. */
  public static Publishers defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Reads a list in the publishers format. A line that names no publisher is reported to
   * {@code problems} with its line number and skipped.
   */
  public static Publishers parse(String text, Problems problems) {
    return new Publishers(Map.of()).plus(text, problems);
  }

  /**
   * This list with the publishers of {@code text} added. Where both name the same written form
   * for different publishers, {@code text} wins, so editors can correct the shipped list.
   */
  public Publishers plus(String text, Problems problems) {
    Objects.requireNonNull(text, "text");
    Map<List<String>, String> merged = new HashMap<>(names);
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] forms = line.split("\\|");
      String shown = Text.squash(forms[0]);
      if (Words.keys(shown).isEmpty()) {
        problems.warn(i + 1, "no publisher name before '|' in '" + line + "': write 'Name | other form'");
        continue;
      }
      for (String form : forms) {
        List<String> key = Words.keys(form);
        if (!key.isEmpty()) {
          merged.put(key, shown);
        }
      }
    }
    return new Publishers(merged);
  }

  /** The shown name for a written form: "web md" gives "WebMD". */
  public Optional<String> find(String writtenForm) {
    return Optional.ofNullable(names.get(Words.keys(writtenForm)));
  }

  /** How many written forms the list knows. */
  public int size() {
    return names.size();
  }

  /** The longest publisher starting at word {@code from}, if any. */
  Optional<Match> longestAt(List<Words.Word> words, int from) {
    for (int n = Math.min(longest, words.size() - from); n >= 1; n--) {
      List<String> key = words.subList(from, from + n).stream().map(Words.Word::key).toList();
      String shown = names.get(key);
      if (shown != null) {
        return Optional.of(new Match(shown, from, from + n));
      }
    }
    return Optional.empty();
  }

  /** A publisher found at words {@code [from, to)}. */
  record Match(String name, int from, int to) {}

  private static final class Defaults {
    static final Publishers INSTANCE = load();

    private static Publishers load() {
      try (InputStream in = Publishers.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild the jar");
        }
        Problems problems = new Problems();
        Publishers loaded = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
        if (!problems.isEmpty()) {
          throw new IllegalStateException("bad shipped " + RESOURCE + ": " + problems.list());
        }
        return loaded;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
