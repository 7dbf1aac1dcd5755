package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;

/**
 * Splits a tier block of a page into resources, each a publisher followed by a page title:
 * "national institute of neurological disorders and stroke myoclonus mayo clinic myoclonus"
 * is (National Institute of Neurological Disorders and Stroke, "myoclonus") and (Mayo Clinic,
 * "myoclonus").
 *
 * <p>Known publishers ({@link Publishers}) mark where resources start; the title runs to the
 * next publisher. Text the list cannot place is still kept, and every guess is reported:
 * <ul>
 *   <li>a title that repeats around a few words is two resources, the words between being an
 *       unknown publisher ("muscle contraction disease in dogs vetary muscle contraction
 *       disease in dogs");
 *   <li>text before the first known publisher, or a block with none, is cut after each
 *       occurrence of the topic name, the words before the name being the guessed publisher
 *       ("foo health myoclonus" is (foo health, "myoclonus"));
 *   <li>a presentation names its presenter after the title ("myoclonus dr ps deb md, ...");
 *   <li>videos name no publishers: see {@link VideoTitles} for how their titles are cut.
 * </ul>
 */
public final class ResourceSegmenter {
  /** Longer runs before the topic name are more likely a title than a publisher's name. */
  private static final int MAX_GUESSED_PUBLISHER_WORDS = 6;
  /** "myoclonus dr ps deb md, dm director neurology ..." : the title, then who presented it. */
  private static final Pattern PRESENTER =
      Pattern.compile("^(.+?)\\s+((?:by|presented by|dr\\.?|prof\\.?|professor)\\s.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s),;:|.\\-–—]+");
  private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s,;:|\\-–—]+$");

  private final Publishers publishers;

  public ResourceSegmenter(Publishers publishers) {
    this.publishers = Objects.requireNonNull(publishers, "publishers");
  }

  /** Uses the publishers shipped with medsearch. */
  public ResourceSegmenter() {
    this(Publishers.defaults());
  }

  public ResourceSegmenter withPublishers(Publishers other) {
    return new ResourceSegmenter(other);
  }

  public Publishers publishers() {
    return publishers;
  }

  public List<Resource> segment(Tier tier, String block, String topicTitle, int line, Problems problems) {
    return segment(tier, block, topicTitle, List.of(), line, problems);
  }

  /** As {@link #segment(Tier, String, String, int, Problems)}, with the topic's aliases as anchors too. */
  public List<Resource> segment(Tier tier, String block, String topicTitle, List<String> aliases, int line,
      Problems problems) {
    String text = Text.squash(block);
    List<Resource> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    Anchors anchors = Anchors.of(topicTitle, aliases);
    List<Words.Word> words = Words.of(text);
    List<Publishers.Match> found = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      var match = publishers.longestAt(words, i);
      if (match.isPresent()) {
        found.add(match.get());
        i = match.get().to();
      } else {
        i++;
      }
    }
    if (found.isEmpty()) {
      withoutPublishers(tier, text, anchors, line, problems, out);
      return out;
    }
    String lead = clean(text.substring(0, words.get(found.get(0).from()).start()));
    if (!lead.isEmpty()) {
      guessByAnchors(tier, lead, anchors, true, line, problems, out);
    }
    for (int k = 0; k < found.size(); k++) {
      Publishers.Match m = found.get(k);
      int from = words.get(m.to() - 1).end();
      int to = k + 1 < found.size() ? words.get(found.get(k + 1).from()).start() : text.length();
      String title = clean(text.substring(from, to));
      if (title.isEmpty()) {
        problems.warn(line, tier.id() + ": publisher '" + m.name() + "' has no title after it; skipped."
            + " If the title is a publisher's name, write the resource in a topic JSON file instead");
      } else {
        titled(tier, m.name(), title, anchors, line, problems, out);
      }
    }
    return out;
  }

  /** One known publisher's title, unless it is really two resources around an unknown publisher. */
  private static void titled(Tier tier, String publisher, String title, Anchors anchors, int line,
      Problems problems, List<Resource> out) {
    List<Words.Word> w = Words.of(title);
    int n = w.size();
    // Longest repeat first: "a b c x a b c" before "c x ... c".
    for (int len = (n - 1) / 2; len >= 1; len--) {
      int gap = n - 2 * len;
      if (gap < 1 || gap > MAX_GUESSED_PUBLISHER_WORDS || !sameWords(w, 0, n - len, len)) {
        continue;
      }
      if (len == 1 && anchors.exactAt(w, 0) != 1) {
        continue; // one repeated word is only telling when it is the topic name
      }
      String guessed = clean(title.substring(w.get(len - 1).end(), w.get(n - len).start()));
      String second = clean(title.substring(w.get(n - len).start()));
      out.add(new Resource(tier, clean(title.substring(0, w.get(len - 1).end())), publisher, null));
      out.add(new Resource(tier, second, guessed, null));
      problems.warn(line, tier.id() + ": guessed unknown publisher '" + guessed + "' between two copies of the title '"
          + second + "'; if right, add it to " + Publishers.CORPUS_FILE + " in the corpus");
      return;
    }
    out.add(new Resource(tier, title, publisher, null));
    long names = countExact(w, anchors);
    if (names >= 2 && n >= 5) {
      problems.warn(line, tier.id() + ": title '" + title + "' of " + publisher + " names the topic " + names
          + " times and may hold a publisher the list does not know; add it to " + Publishers.CORPUS_FILE);
    }
  }

  private static void withoutPublishers(Tier tier, String text, Anchors anchors, int line, Problems problems,
      List<Resource> out) {
    if (tier == Tier.VIDEO) {
      VideoTitles.split(text, anchors).forEach(t -> out.add(new Resource(tier, clean(t), null, null)));
      return;
    }
    Matcher presenter = PRESENTER.matcher(text);
    if (tier == Tier.PRESENTATION && presenter.matches()) {
      out.add(new Resource(tier, clean(presenter.group(1)), clean(presenter.group(2)), null));
      return;
    }
    guessByAnchors(tier, text, anchors, false, line, problems, out);
  }

  /**
   * Cuts text with no known publisher after each occurrence of the topic name. Each piece that
   * ends with the name and has a few words before it is (guessed publisher, name); other pieces
   * are kept whole with no publisher. Within a single piece, the guess is made only when the
   * block already showed the publisher-then-title pattern ({@code patternKnown}).
   */
  private static void guessByAnchors(Tier tier, String text, Anchors anchors, boolean patternKnown, int line,
      Problems problems, List<Resource> out) {
    List<Words.Word> w = Words.of(text);
    List<int[]> pieces = new ArrayList<>(); // word ranges [from, to) and where the name starts
    int from = 0;
    for (int i = 0; i < w.size(); ) {
      int len = anchors.exactAt(w, i);
      if (len > 0 && i + len < w.size() && anchors.exactAt(w, i + len) == 0) {
        pieces.add(new int[] {from, i + len, i});
        from = i + len;
        i += len;
      } else {
        i += Math.max(len, 1);
      }
    }
    if (from < w.size()) {
      int nameAt = -1;
      for (int i = from; i < w.size(); i++) {
        int len = anchors.exactAt(w, i);
        if (len > 0 && i + len == w.size()) {
          nameAt = i;
        }
      }
      pieces.add(new int[] {from, w.size(), nameAt});
    }
    boolean guess = patternKnown || pieces.size() >= 2;
    for (int[] p : pieces) {
      String piece = clean(text.substring(w.get(p[0]).start(), w.get(p[1] - 1).end()));
      int before = p[2] - p[0];
      if (guess && p[2] >= 0 && before >= 1 && before <= MAX_GUESSED_PUBLISHER_WORDS) {
        String publisher = clean(text.substring(w.get(p[0]).start(), w.get(p[2] - 1).end()));
        String title = clean(text.substring(w.get(p[2]).start(), w.get(p[1] - 1).end()));
        out.add(new Resource(tier, title, publisher, null));
        problems.warn(line, tier.id() + ": unknown publisher; guessed '" + publisher + "' for '" + title
            + "'. If right, add it to " + Publishers.CORPUS_FILE + " in the corpus");
      } else {
        out.add(new Resource(tier, piece, null, null));
        problems.warn(line, tier.id() + ": no known publisher in '" + piece + "'; kept as one resource with no source."
            + " Add its publisher to " + Publishers.CORPUS_FILE + " in the corpus");
      }
    }
  }

  private static boolean sameWords(List<Words.Word> w, int a, int b, int len) {
    for (int i = 0; i < len; i++) {
      if (!w.get(a + i).key().equals(w.get(b + i).key())) {
        return false;
      }
    }
    return true;
  }

  private static long countExact(List<Words.Word> w, Anchors anchors) {
    long count = 0;
    for (int i = 0; i < w.size(); i++) {
      if (anchors.exactAt(w, i) > 0) {
        count++;
      }
    }
    return count;
  }

  /** Trims the punctuation left at a cut: ") myoclonus" gives "myoclonus"; "hospitals , guwahati" gives "hospitals, guwahati". */
  static String clean(String s) {
    String t = TRAILING_JUNK.matcher(LEADING_JUNK.matcher(s).replaceAll("")).replaceAll("");
    return Text.squash(t).replaceAll("\\s+,", ",");
  }
}
