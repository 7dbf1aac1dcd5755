package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a videos block, which names no publishers, into video titles.
 *
 * <p>Rule: a new title starts at every word sharing the topic's stem, unless the title so far
 * has a dash or colon after its last such word ("epilepsy - sleep myoclonus" is one title
 * joined by the dash), or the word before is a joining word ("jerks and myoclonus"). Worked
 * example for topic Myoclonus: "myoclonus myoclonus myoclonic jerking myoclonic epilepsy -
 * sleep myoclonus" gives "myoclonus", "myoclonus", "myoclonic jerking" and "myoclonic
 * epilepsy - sleep myoclonus". Words before the first topic word open the first title, and a
 * question mark always ends a title.
 */
final class VideoTitles {
  private static final Set<String> JOINERS = Set.of(
      "and", "or", "of", "in", "with", "without", "vs", "versus", "the", "a", "an", "to", "for", "on", "about");

  private VideoTitles() {}

  static List<String> split(String text, Anchors anchors) {
    List<Words.Word> words = Words.of(text);
    List<String> titles = new ArrayList<>();
    int start = -1;
    int end = -1;
    boolean joined = false;
    for (int i = 0; i < words.size(); i++) {
      Words.Word w = words.get(i);
      if (start >= 0 && text.substring(end, w.start()).matches(".*[-–—:|].*")) {
        joined = true;
      }
      // A question ends its title: "hiccups - why do we hiccup? how to stop hiccups" is two.
      boolean asked = start >= 0 && text.substring(end, w.start()).matches(".*[?!].*");
      boolean opens = asked || anchors.related(w) && start >= 0 && !joined
          && !JOINERS.contains(words.get(i - 1).key());
      if (opens) {
        titles.add(text.substring(start, end + (asked ? 1 : 0)));
        start = w.start();
        joined = false;
      } else if (start < 0) {
        start = w.start();
      }
      if (anchors.related(w)) {
        joined = false;
      }
      end = w.end();
    }
    if (start >= 0) {
      titles.add(text.substring(start, end));
    }
    return titles;
  }
}
