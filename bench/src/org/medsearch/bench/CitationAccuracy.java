package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.medsearch.model.Citation;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;
import org.medsearch.parse.AuthorNames;
import org.medsearch.parse.CitationParser;
import org.medsearch.parse.Dois;
import org.medsearch.parse.Journals;
import org.medsearch.parse.Problems;
import org.medsearch.parse.ResourceSegmenter;

/**
 * Field-level precision, recall and F1 of citation parsing and resource segmentation against
 * the hand-labelled fixtures in src/test/resources/fixtures (see the README there).
 *
 * <p>A field counts as a true positive when parsed and labelled values agree, a false positive
 * when a value was parsed that is wrong or not labelled, and a false negative when a labelled
 * value was missed or wrong (so a wrong value counts once each way, as in CERMINE's and
 * GROBID's evaluations). Authors count one by one, compared by family name and initials.
 * Values are compared ignoring case, accents and punctuation; journals also match when the
 * journal list knows both forms as one journal; pages are compared expanded ("433-6" is
 * labelled "433-436").
 *
 * <p>Run from the project folder: {@code bash bench/run CitationAccuracy [FIXTURES_DIR] [--show SET]};
 * {@code --show styles} prints each wrong field of that fixture set.
 */
public final class CitationAccuracy {
  private static final List<String> FIELDS = List.of(
      "author", "et-al", "title", "container-title", "year", "volume", "issue", "page", "number", "DOI", "PMID",
      "PMCID");
  private static final Map<String, String> SETS = Map.of(
      "citations-seed.jsonl", "seed", "citations-styles.jsonl", "styles", "citations-holdout.jsonl", "holdout");

  private final ObjectMapper json = new ObjectMapper();
  private final Journals journals = Journals.defaults();
  private final CitationParser parser = new CitationParser();
  /** The fixture set whose wrong fields are printed ("styles"), or null. */
  private final String show;

  private CitationAccuracy(String show) {
    this.show = show;
  }

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    String show = null;
    int at = rest.indexOf("--show");
    if (at >= 0 && at + 1 < rest.size()) {
      show = rest.get(at + 1);
      rest.subList(at, at + 2).clear();
    }
    Path dir = Path.of(rest.isEmpty() ? "src/test/resources/fixtures" : rest.get(0));
    new CitationAccuracy(show).run(dir);
  }

  private void run(Path dir) throws IOException {
    System.out.printf(Locale.ROOT, "Citation and resource parsing accuracy, %s, Java %s, %s %s, %d cores%n%n",
        LocalDate.now(), System.getProperty("java.version"), System.getProperty("os.name"),
        System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    Map<String, Map<String, Prf>> bySet = new LinkedHashMap<>();
    Map<String, Prf> byStyle = new LinkedHashMap<>();
    int count = 0;
    for (String file : List.of("citations-seed.jsonl", "citations-styles.jsonl", "citations-holdout.jsonl")) {
      for (JsonNode item : lines(dir.resolve(file))) {
        Citation expected = json.treeToValue(item.get("expected"), Citation.class);
        Citation parsed = parser.parse(item.get("raw").asText(), 0, new Problems());
        Map<String, Prf> scores = score(expected, parsed);
        count++;
        if (SETS.get(file).equals(show)) {
          scores.forEach((f, sc) -> {
            if (sc.fp + sc.fn > 0) {
              String key = f.equals("year") ? "issued" : f;
              System.out.printf(Locale.ROOT, "WRONG %-15s %s%n   expected %s%n   parsed   %s%n", f, item.get("raw").asText(),
                  item.get("expected").get(key), json.valueToTree(parsed).get(key));
            }
          });
        }
        for (String set : List.of(SETS.get(file), "all")) {
          Map<String, Prf> total = bySet.computeIfAbsent(set, k -> new LinkedHashMap<>());
          scores.forEach((f, s) -> total.computeIfAbsent(f, k -> new Prf()).add(s));
        }
        Prf style = byStyle.computeIfAbsent(item.get("style").asText(), k -> new Prf());
        scores.values().forEach(style::add);
      }
    }
    System.out.printf(Locale.ROOT, "Citations: %d hand-labelled, %d fields scored per citation%n%n", count,
        FIELDS.size());
    System.out.println(Prf.header("field"));
    Map<String, Prf> all = bySet.get("all");
    for (String f : FIELDS) {
      System.out.println(all.getOrDefault(f, new Prf()).row(f));
    }
    System.out.println();
    System.out.println(Prf.header("set (overall)"));
    bySet.forEach((set, fields) -> System.out.println(overall(fields).row(set)));
    System.out.println();
    System.out.println(Prf.header("style (overall)"));
    byStyle.forEach((style, s) -> System.out.println(s.row(style)));
    System.out.println();
    resources(dir.resolve("resources.jsonl"));
  }

  private static Prf overall(Map<String, Prf> fields) {
    Prf o = new Prf();
    fields.values().forEach(o::add);
    return o;
  }

  private Map<String, Prf> score(Citation e, Citation p) {
    Map<String, Prf> s = new LinkedHashMap<>();
    s.put("author", authors(e, p));
    s.put("et-al", one(e.etAl() ? "yes" : null, p.etAl() ? "yes" : null, Objects::equals));
    s.put("title", one(e.title(), p.title(), (a, b) -> norm(a).equals(norm(b))));
    s.put("container-title", one(e.containerTitle(), p.containerTitle(), journals::same));
    s.put("year", one(year(e), year(p), Objects::equals));
    s.put("volume", one(e.volume(), p.volume(), (a, b) -> norm(a).equals(norm(b))));
    s.put("issue", one(e.issue(), p.issue(), (a, b) -> norm(a).equals(norm(b))));
    s.put("page", one(e.page(), p.page(), (a, b) -> norm(a).equals(norm(b))));
    s.put("number", one(e.number(), p.number(), (a, b) -> norm(a).equals(norm(b))));
    Function<String, String> doi = d -> d == null ? null : Dois.normalize(d).orElse(d);
    s.put("DOI", one(doi.apply(e.doi()), doi.apply(p.doi()), Objects::equals));
    s.put("PMID", one(e.pmid(), p.pmid(), Objects::equals));
    s.put("PMCID", one(e.pmcid(), p.pmcid(), (a, b) -> a.equalsIgnoreCase(b)));
    return s;
  }

  private static Prf authors(Citation e, Citation p) {
    List<String> want = new ArrayList<>(e.author().stream().map(AuthorNames::key).toList());
    Prf s = new Prf();
    for (var name : p.author()) {
      if (want.remove(AuthorNames.key(name))) {
        s.tp++;
      } else {
        s.fp++;
      }
    }
    s.fn += want.size();
    return s;
  }

  private static Prf one(String expected, String parsed, java.util.function.BiPredicate<String, String> same) {
    Prf s = new Prf();
    if (expected != null && parsed != null && same.test(expected, parsed)) {
      s.tp = 1;
    } else {
      s.fp = parsed != null ? 1 : 0;
      s.fn = expected != null ? 1 : 0;
    }
    return s;
  }

  private static String year(Citation c) {
    return c.year().map(String::valueOf).orElse(null);
  }

  private static String norm(String s) {
    String folded = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[–—]", "-").replaceAll("[^a-z0-9-]+", " ").strip();
  }

  private void resources(Path file) throws IOException {
    ResourceSegmenter segmenter = new ResourceSegmenter();
    Map<String, Prf> pairs = new LinkedHashMap<>();
    Map<String, Prf> titles = new LinkedHashMap<>();
    int seedRight = 0;
    int seedTotal = 0;
    for (JsonNode item : lines(file)) {
      String origin = item.get("origin").asText();
      List<Resource> got = segmenter.segment(Tier.of(item.get("tier").asText()), item.get("block").asText(),
          item.get("topic").asText(), 1, new Problems());
      List<String> wantPairs = new ArrayList<>();
      List<String> wantTitles = new ArrayList<>();
      for (JsonNode r : item.get("expected")) {
        String source = r.hasNonNull("source") ? r.get("source").asText() : "";
        wantPairs.add(norm(r.get("title").asText()) + " | " + norm(source));
        wantTitles.add(norm(r.get("title").asText()));
      }
      if (origin.equals("seed")) {
        seedTotal += wantPairs.size();
      }
      Prf pair = pairs.computeIfAbsent(origin, k -> new Prf());
      Prf title = titles.computeIfAbsent(origin, k -> new Prf());
      for (Resource r : got) {
        boolean ok = wantPairs.remove(norm(r.title()) + " | " + norm(Objects.requireNonNullElse(r.source(), "")));
        pair.tp += ok ? 1 : 0;
        pair.fp += ok ? 0 : 1;
        seedRight += ok && origin.equals("seed") ? 1 : 0;
        boolean t = wantTitles.remove(norm(r.title()));
        title.tp += t ? 1 : 0;
        title.fp += t ? 0 : 1;
      }
      pair.fn += wantPairs.size();
      title.fn += wantTitles.size();
    }
    System.out.println("Resources: a resource is right when its title and publisher both are; 'titles' scores the split alone.");
    System.out.println();
    System.out.println(Prf.header("resources"));
    pairs.forEach((origin, s) -> System.out.println(s.row(origin + " title+source")));
    titles.forEach((origin, s) -> System.out.println(s.row(origin + " titles")));
    Prf all = new Prf();
    pairs.values().forEach(all::add);
    System.out.println(all.row("all title+source"));
    System.out.printf(Locale.ROOT, "%nSeed resources with the right title and publisher: %d of %d%n", seedRight, seedTotal);
  }

  private List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }
}
