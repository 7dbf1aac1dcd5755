package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.model.Citation;
import org.medsearch.model.Resource;
import org.medsearch.model.Section;
import org.medsearch.model.Slugs;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

/**
 * Recovers the structure of a topic page laid out like the site's pages: a "Last Reviewed" line,
 * the topic text in paragraphs, a boilerplate paragraph, then tier blocks each opened by a
 * heading ("Basic information: ..."), research citations in paragraphs of their own with no
 * heading, and trailing boilerplate ("Please leave your comments:", "Related Articles").
 */
public final class PageLayout {
  private static final Pattern REVIEWED =
      Pattern.compile("(?i)^\\s*last\\s+reviewed\\s*:?\\s*(.+?)\\s*$");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** A heading is a short label ending in a colon at the start of a paragraph. */
  private static final Pattern HEADING = Pattern.compile("^\\s*([A-Za-z][A-Za-z /()&\\-]{2,60}?)\\s*:\\s*(.*)$",
      Pattern.DOTALL);
  /** "Myoclonus is a brief..." gives "Myoclonus". */
  private static final Pattern SUBJECT = Pattern.compile(
      "^(?:the |an? )?(.{2,80}?)(?:\\s*\\([^)]*\\))?\\s+(?:is|are|refers to|describes|means|was)\\s",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  private static final Pattern HASH_LIKE = Pattern.compile("^[0-9_\\-]*[0-9a-f]{8,}$");

  private static final Map<String, Tier> TIER_HEADINGS = Map.ofEntries(
      Map.entry("basic information", Tier.BASIC),
      Map.entry("basic", Tier.BASIC),
      Map.entry("advanced information", Tier.ADVANCED),
      Map.entry("advanced", Tier.ADVANCED),
      Map.entry("research information", Tier.RESEARCH),
      Map.entry("research", Tier.RESEARCH),
      Map.entry("research articles", Tier.RESEARCH),
      Map.entry("other articles", Tier.OTHER),
      Map.entry("other helpful resources support groups", Tier.SUPPORT),
      Map.entry("other helpful resources", Tier.SUPPORT),
      Map.entry("support groups", Tier.SUPPORT),
      Map.entry("related videos", Tier.VIDEO),
      Map.entry("videos", Tier.VIDEO),
      Map.entry("presentations quiz newspaper articles", Tier.PRESENTATION),
      Map.entry("presentations", Tier.PRESENTATION));

  /** Paragraphs of site chrome that are never searchable text. */
  private static final List<String> BOILERPLATE_STARTS = List.of(
      "we researched this topic for you", "read more at", "related articles");
  /** Everything from this paragraph on is site chrome. */
  private static final String END_OF_PAGE = "please leave your comments";

  private final ResourceSegmenter resources;
  private final CitationParser citations;

  public PageLayout(ResourceSegmenter resources, CitationParser citations) {
    this.resources = resources;
    this.citations = citations;
  }

  /** Uses the publishers and journals shipped with medsearch. */
  public PageLayout() {
    this(new ResourceSegmenter(), new CitationParser());
  }

  /** The publishers this layout recognises in tier blocks. */
  public Publishers publishers() {
    return resources.publishers();
  }

  /** This layout with {@code more} as its publisher list (see {@link Publishers#plus}). */
  public PageLayout withPublishers(Publishers more) {
    return new PageLayout(resources.withPublishers(more), citations);
  }

  /**
   * Parses one page. {@code fileName} gives the title when the text has no recognisable
   * subject, and never fails: what it cannot place is reported to {@code problems}.
   */
  public Topic parse(String fileName, String text, Problems problems) {
    List<Paragraph> paragraphs = Paragraph.split(text);
    String reviewed = null;
    List<Section> sections = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    boolean inBlocks = false;
    Tier current = null;

    for (Paragraph p : paragraphs) {
      String lower = p.text().toLowerCase(Locale.ROOT);
      Matcher reviewedLine = REVIEWED.matcher(p.firstLine());
      if (reviewed == null && reviewedLine.matches()) {
        reviewed = isoDate(reviewedLine.group(1), p.line(), problems);
        String rest = p.afterFirstLine();
        if (rest.isBlank()) {
          continue;
        }
        p = new Paragraph(rest, p.line() + 1);
        lower = p.text().toLowerCase(Locale.ROOT);
      }
      if (lower.startsWith(END_OF_PAGE)) {
        break;
      }
      if (BOILERPLATE_STARTS.stream().anyMatch(lower::startsWith)) {
        inBlocks |= lower.startsWith(BOILERPLATE_STARTS.get(0));
        continue;
      }
      Optional<Heading> heading = heading(p.text());
      if (heading.isPresent() && heading.get().tier() != null) {
        inBlocks = true;
        current = heading.get().tier();
        blocks.add(new Block(current, heading.get().rest(), p.line()));
        continue;
      }
      if (!inBlocks) {
        sections.add(new Section("s" + (sections.size() + 1), null, p.text()));
        continue;
      }
      boolean reported = heading.isPresent() && heading.get().label().length() <= 40;
      if (reported) {
        problems.warn(p.line(), "unknown section heading '" + heading.get().label()
            + "': known headings are " + String.join(", ", TIER_HEADINGS.keySet().stream().sorted().toList()));
      }
      // Research citations stand in paragraphs of their own, with no heading, after the
      // advanced block: "sharma cm, nath k, ... ann indian acad neurol [serial online] 2014 ...".
      if (current == Tier.ADVANCED || current == Tier.RESEARCH || YEAR.matcher(p.text()).find()) {
        current = Tier.RESEARCH;
        blocks.add(new Block(current, p.text(), p.line()));
      } else if (current != null) {
        if (!reported) {
          problems.warn(p.line(), "text outside any block, kept with the " + current.id() + " block");
        }
        blocks.add(new Block(current, p.text(), p.line()));
      } else {
        if (!reported) {
          problems.warn(p.line(), "text outside any block, kept as topic text");
        }
        sections.add(new Section("s" + (sections.size() + 1), null, p.text()));
      }
    }

    String title = inferTitle(fileName, sections);
    List<Resource> found = new ArrayList<>();
    List<Citation> cites = new ArrayList<>();
    for (Block b : blocks) {
      if (b.tier() == Tier.RESEARCH) {
        cites.addAll(citations.parseBlock(b.text(), b.line(), problems));
      } else {
        found.addAll(resources.segment(b.tier(), b.text(), title, b.line(), problems));
      }
    }
    if (sections.isEmpty() && found.isEmpty() && cites.isEmpty()) {
      problems.error(0, "no text found: the page is empty");
    }
    return new Topic(Slugs.slug(title), title, List.of(), null, null, reviewed, sections, found, cites);
  }

  static Optional<Heading> heading(String paragraph) {
    Matcher m = HEADING.matcher(paragraph);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1).strip();
    String key = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    return Optional.of(new Heading(label, TIER_HEADINGS.get(key), m.group(2).strip()));
  }

  /**
   * The page has no heading line, so the title is the subject of its first sentence
   * ("Myoclonus is a brief, involuntary twitching..." gives "Myoclonus"), else the file name
   * unless that is a meaningless hash ("000_e00648446235eaa8.txt").
   */
  static String inferTitle(String fileName, List<Section> sections) {
    if (!sections.isEmpty()) {
      Matcher m = SUBJECT.matcher(sections.get(0).text().strip());
      if (m.find()) {
        String subject = m.group(1).strip();
        if (subject.split("\\s+").length <= 8 && !subject.contains(",")) {
          return capitalise(subject);
        }
      }
    }
    String stem = stem(fileName);
    if (!stem.isBlank() && !HASH_LIKE.matcher(stem.toLowerCase(Locale.ROOT)).matches()) {
      return capitalise(stem.replaceAll("[_\\-]+", " ").strip());
    }
    if (!sections.isEmpty()) {
      String[] words = sections.get(0).text().strip().split("\\s+");
      return capitalise(String.join(" ", List.of(words).subList(0, Math.min(6, words.length))));
    }
    return stem.isBlank() ? "Untitled" : stem;
  }

  private static String stem(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String isoDate(String value, int line, Problems problems) {
    Matcher us = US_DATE.matcher(value);
    if (us.find()) {
      return String.format(Locale.ROOT, "%s-%02d-%02d", us.group(3),
          Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
    }
    Matcher iso = ISO_DATE.matcher(value);
    if (iso.find()) {
      return iso.group();
    }
    problems.warn(line, "could not read the 'Last Reviewed' date '" + value + "': write it as MM/DD/YYYY");
    return null;
  }

  record Heading(String label, Tier tier, String rest) {}

  private record Block(Tier tier, String text, int line) {}
}
