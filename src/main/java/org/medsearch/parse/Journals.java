package org.medsearch.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Journal titles both ways: the NLM title abbreviation and the full title, from the list
 * shipped in {@code journals.tsv} beside this class.
 *
 * <p>For search, index {@link #searchForms(String)} of a citation's container title so that
 * "ann indian acad neurol", "Ann. Indian Acad. Neurol." and "Annals of Indian Academy of
 * Neurology" all find the same citations; match queries with {@link #key(String)}.
 */
public final class Journals {
  private static final String RESOURCE = "journals.tsv";

  private final Map<String, Journal> byKey;

  private Journals(Map<String, Journal> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** A journal: its NLM abbreviation ("Ann Indian Acad Neurol") and full title. */
  public record Journal(String abbreviation, String title) {
    public Journal {
      Objects.requireNonNull(abbreviation, "abbreviation");
      Objects.requireNonNull(title, "title");
    }
  }

  /** The list shipped with medsearch. */
  public static Journals defaults() {
    return Defaults.INSTANCE;
  }

  /** Reads lines of "abbreviation TAB full title"; "#" starts a comment; a bad line is reported and skipped. */
  public static Journals parse(String tsv, Problems problems) {
    Map<String, Journal> byKey = new HashMap<>();
    String[] lines = tsv.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || key(cols[0]).isEmpty() || key(cols[1]).isEmpty()) {
        problems.warn(i + 1, "expected 'abbreviation<TAB>full title', found '" + line + "'");
        continue;
      }
      Journal j = new Journal(cols[0].strip(), cols[1].strip());
      byKey.putIfAbsent(key(j.abbreviation()), j);
      byKey.putIfAbsent(key(j.title()), j);
    }
    return new Journals(byKey);
  }

  /**
   * The lookup key of a journal title or abbreviation: folded, without punctuation or a
   * leading "the". "The Lancet. Neurology" gives "lancet neurology"; "Ann. Indian Acad.
   * Neurol." gives "ann indian acad neurol".
   */
  public static String key(String title) {
    String k = Text.key(Objects.requireNonNullElse(title, ""));
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** The journal a title or abbreviation names, as written in any case or punctuation. */
  public Optional<Journal> find(String titleOrAbbreviation) {
    return Optional.ofNullable(byKey.get(key(titleOrAbbreviation)));
  }

  /** "Annals of Indian Academy of Neurology" gives "Ann Indian Acad Neurol". */
  public Optional<String> abbreviation(String titleOrAbbreviation) {
    return find(titleOrAbbreviation).map(Journal::abbreviation);
  }

  /** "ann indian acad neurol" gives "Annals of Indian Academy of Neurology". */
  public Optional<String> fullTitle(String titleOrAbbreviation) {
    return find(titleOrAbbreviation).map(Journal::title);
  }

  /**
   * Every form to index for a container title: the title as written, and, when the journal
   * is known, its abbreviation and full title. Unknown journals give only the written form.
   */
  public List<String> searchForms(String containerTitle) {
    Set<String> forms = new LinkedHashSet<>();
    if (containerTitle != null && !containerTitle.isBlank()) {
      forms.add(containerTitle.strip());
      find(containerTitle).ifPresent(j -> {
        forms.add(j.abbreviation());
        forms.add(j.title());
      });
    }
    return List.copyOf(forms);
  }

  /** Whether two container titles name the same journal (same key, or both known as one journal). */
  public boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (key(a).equals(key(b))) {
      return true;
    }
    Optional<Journal> ja = find(a);
    return ja.isPresent() && ja.equals(find(b));
  }

  /** How many journals the list knows. */
  public int size() {
    return (int) byKey.values().stream().distinct().count();
  }

  private static final class Defaults {
    static final Journals INSTANCE = load();

    private static Journals load() {
      try (InputStream in = Journals.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild the jar");
        }
        Problems problems = new Problems();
        Journals loaded = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
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
