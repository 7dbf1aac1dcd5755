package org.medsearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.medsearch.model.Citation;
import org.medsearch.model.Problem;
import org.medsearch.model.Slugs;
import org.medsearch.model.Topic;
import org.medsearch.parse.CitationFiles;
import org.medsearch.parse.PageLayout;
import org.medsearch.parse.Publishers;
import org.medsearch.parse.Problems;

/**
 * Reads every file under a corpus folder by its type: topic JSON and JSONL directly, citation
 * files into the topic named by their folder or file name, and any other page through Tika and
 * the page layout. A file that cannot be read is reported by name and the rest is still read.
 */
public final class CorpusReader {
  private final ObjectMapper json;
  private final PageLayout layout;
  private final CitationFiles citationFiles;
  private final TextExtractor extractor = new TextExtractor();
  private final Map<String, PageLayout> editorsLayouts = new java.util.concurrent.ConcurrentHashMap<>();

  public CorpusReader(ObjectMapper json, PageLayout layout) {
    this.json = json;
    this.layout = layout;
    this.citationFiles = new CitationFiles(json);
  }

  public CorpusReader(ObjectMapper json) {
    this(json, new PageLayout());
  }

  public Corpus read(Path root) throws IOException {
    List<IngestedFile> read = new ArrayList<>();
    for (Path file : files(root)) {
      read.add(readFile(root, file));
    }
    return assemble(read);
  }

  /** The files of a corpus folder that ingestion reads, in name order; hidden files and folders are skipped. */
  public List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "corpus folder not found: pass --corpus DIR");
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).sorted().toList();
    }
  }

  /** The name of {@code file} in reports and in the index's manifest: its path under the corpus folder, with '/'. */
  public static String name(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** Reads one corpus file; never throws: what went wrong is among the file's problems. */
  public IngestedFile readFile(Path root, Path file) {
    String name = name(root, file);
    Problems found = new Problems();
    String hash = null;
    List<Topic> topics = List.of();
    String citationTopic = null;
    List<Citation> citations = List.of();
    try {
      hash = ContentHash.of(file);
      if (Files.size(file) == 0) {
        found.error(0, "empty file: nothing to index");
      } else if (CitationFiles.ending(name).isPresent()) {
        citationTopic = citationTopic(root, file);
        citations = citationFiles.read(name, Files.readString(file, StandardCharsets.UTF_8), found);
      } else {
        topics = parseFile(file, name, found);
      }
    } catch (IOException | RuntimeException | TextExtractor.ExtractionException e) {
      found.error(0, describe(e));
    }
    return new IngestedFile(name, hash, topics, citationTopic, citations,
        found.list().stream().map(p -> p.inFile(name)).toList());
  }

  /**
   * The corpus that files make together, in the order given: citation files join the topic they
   * name, and a topic id seen before gets a numbered suffix (with a warning on the later file).
   */
  public Corpus assemble(List<IngestedFile> files) {
    Map<String, Topic> topics = new LinkedHashMap<>();
    Map<String, String> origin = new LinkedHashMap<>();
    Map<String, List<Citation>> attached = new LinkedHashMap<>();
    Map<String, String> attachedFrom = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();

    for (IngestedFile f : files) {
      problems.addAll(f.problems());
      if (f.citationTopic() != null) {
        attached.computeIfAbsent(f.citationTopic(), k -> new ArrayList<>()).addAll(f.citations());
        attachedFrom.putIfAbsent(f.citationTopic(), f.name());
      }
      Problems found = new Problems();
      for (Topic t : f.topics()) {
        add(topics, origin, t, f.name(), found);
      }
      found.list().forEach(p -> problems.add(p.inFile(f.name())));
    }
    attached.forEach((key, cites) -> {
      Topic t = topics.get(key);
      if (t == null) {
        problems.add(new Problem(Problem.Level.ERROR, attachedFrom.get(key), 0,
            "no topic '" + key + "' for these citations: name the file or its folder after a topic id"));
      } else {
        List<Citation> all = new ArrayList<>(t.citations());
        all.addAll(cites);
        topics.put(key, t.withCitations(all));
      }
    });
    return new Corpus(List.copyOf(topics.values()), problems, files.size());
  }

  /**
   * One file's topics, without attaching citation files (used by {@code parse}). Publishers
   * that editors added in {@value Publishers#CORPUS_FILE} are used when the file's folder, or
   * a folder above it, has one.
   */
  public List<Topic> parseFile(Path file, String name, Problems problems)
      throws IOException, TextExtractor.ExtractionException {
    PageLayout pages = layout;
    for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(Publishers.CORPUS_FILE))) {
        pages = withEditorsPublishers(dir, problems);
        break;
      }
    }
    return parseFile(file, name, problems, pages);
  }

  /** The page layout with the publishers of {@code dir}/.medsearch/publishers.txt added, if there is one. */
  /** The layout with the editors' publishers of {@code dir}, read once per folder and file version. */
  private PageLayout withEditorsPublishers(Path dir, Problems problems) throws IOException {
    Path extra = dir.resolve(Publishers.CORPUS_FILE);
    if (!Files.isRegularFile(extra)) {
      return layout;
    }
    String key = extra.toAbsolutePath() + "@" + Files.getLastModifiedTime(extra).toMillis();
    PageLayout cached = editorsLayouts.get(key);
    if (cached == null) {
      cached = layout.withPublishers(layout.publishers().plus(Files.readString(extra, StandardCharsets.UTF_8), problems));
      editorsLayouts.put(key, cached);
    }
    return cached;
  }

  private List<Topic> parseFile(Path file, String name, Problems problems, PageLayout pages)
      throws IOException, TextExtractor.ExtractionException {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      return jsonLines(file, problems);
    }
    if (lower.endsWith(".json")) {
      Topic t = json.readValue(file.toFile(), Topic.class);
      return List.of(t.id().equals(Slugs.slug(t.title())) && !hasId(file) ? t.withId(Slugs.slug(stem(file))) : t);
    }
    String text = extractor.extract(file);
    if (text.isBlank()) {
      problems.error(0, "no text found in the file: it is empty or holds only images");
      return List.of();
    }
    return List.of(pages.parse(file.getFileName().toString(), text, problems));
  }

  private List<Topic> jsonLines(Path file, Problems problems) throws IOException {
    List<Topic> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(json.readValue(line, Topic.class));
      } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
        problems.error(i + 1, "not a topic: " + describe(e));
      }
    }
    return out;
  }

  private boolean hasId(Path file) throws IOException {
    return json.readTree(file.toFile()).hasNonNull("id");
  }

  private static void add(Map<String, Topic> topics, Map<String, String> origin, Topic t, String name,
      Problems problems) {
    Topic topic = t;
    if (topics.containsKey(topic.id())) {
      String unique = topic.id();
      for (int n = 2; topics.containsKey(unique); n++) {
        unique = topic.id() + "-" + n;
      }
      problems.warn(0, "duplicate topic id '" + topic.id() + "' (first in " + origin.get(topic.id())
          + "): indexed as '" + unique + "'; give each topic its own id");
      topic = topic.withId(unique);
    }
    topics.put(topic.id(), topic);
    origin.put(topic.id(), name);
  }

  /** corpus/myoclonus/refs.bib and corpus/myoclonus.bib both belong to topic "myoclonus". */
  private static String citationTopic(Path root, Path file) {
    Path parent = file.getParent();
    if (parent != null && !parent.equals(root)) {
      return Slugs.slug(parent.getFileName().toString());
    }
    String name = file.getFileName().toString();
    String ending = CitationFiles.ending(name).orElse("");
    return Slugs.slug(name.substring(0, name.length() - ending.length()));
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable e) {
    if (e instanceof JsonProcessingException j) {
      return "invalid JSON: " + j.getOriginalMessage()
          + (j.getLocation() != null ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "cannot read the file: permission denied; let the indexing user read it";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }
}
