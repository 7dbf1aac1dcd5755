package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentence boundaries for snippets, against the rule written out position by position. */
class SentencesTest {
  private static final String CLOSERS = "\"')]}»”’";

  /** The rule, naively: a sentence starts at p after a line break, or after [.?!], closers and white space, unless lower case. */
  private static boolean starts(String t, int p) {
    if (p == 0 || p == t.length()) {
      return true;
    }
    if (Character.isWhitespace(t.charAt(p)) || !Character.isWhitespace(t.charAt(p - 1))) {
      return false;
    }
    int q = p - 1;
    while (q >= 0 && Character.isWhitespace(t.charAt(q))) {
      if ("\n\r\u2029".indexOf(t.charAt(q)) >= 0) {
        return true;
      }
      q--;
    }
    while (q >= 0 && CLOSERS.indexOf(t.charAt(q)) >= 0) {
      q--;
    }
    return q >= 0 && ".?!".indexOf(t.charAt(q)) >= 0 && !Character.isLowerCase(t.charAt(p));
  }

  private static List<Integer> walk(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>(List.of(it.first()));
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  @Test
  void sentences_end_at_marks_and_line_breaks_not_before_lower_case() {
    String text = "Myoclonus is a jerk. It may be \"normal.\" Hiccups, e.g. the common kind, are one!\n- a list item\n  Next? Yes";
    List<Integer> b = walk(new Sentences(), text);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i + 1 < b.size(); i++) {
      sentences.add(text.substring(b.get(i), b.get(i + 1)));
    }
    assertThat(sentences).containsExactly("Myoclonus is a jerk. ", "It may be \"normal.\" ",
        "Hiccups, e.g. the common kind, are one!\n", "- a list item\n  ", "Next? ", "Yes");
  }

  @Test
  void every_way_of_moving_agrees_with_the_rule_on_random_text() {
    Random random = new Random(42);
    String alphabet = "aB. ?!\n\"')x  e";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      List<Integer> expected = new ArrayList<>();
      for (int p = 0; p <= t.length(); p++) {
        if (starts(t, p)) {
          expected.add(p);
        }
      }
      Sentences it = new Sentences();
      assertThat(walk(it, t)).as("next() over %s", t).isEqualTo(expected);
      for (int offset = 0; offset <= t.length(); offset++) {
        final int o = offset;
        int following = expected.stream().filter(p -> p > o).findFirst().orElse(BreakIterator.DONE);
        int preceding = expected.stream().filter(p -> p < o).reduce((a, b) -> b).orElse(BreakIterator.DONE);
        it.setText(t);
        assertThat(it.following(offset)).as("following(%d) in %s", offset, t).isEqualTo(following);
        it.setText(t);
        assertThat(it.preceding(offset)).as("preceding(%d) in %s", offset, t).isEqualTo(preceding);
        assertThat(it.isBoundary(offset)).isEqualTo(expected.contains(offset));
      }
    }
  }
}
