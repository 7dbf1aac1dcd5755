package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits "Title. Journal" where a style writes both as sentences. The journal is the longest
 * ending that the journal list knows ("... from india. ann indian acad neurol" gives "ann
 * indian acad neurol"). Failing that it is the last sentence, together with any short
 * capitalised sentences before it, which are abbreviated words of the same journal: in
 * "Title. Ann. Indian Acad. Neurol." the journal is "Ann. Indian Acad. Neurol.".
 */
final class TitleAndJournal {
  private static final Pattern BOUNDARY = Pattern.compile("[.?!]\\s+");

  private final Journals journals;

  TitleAndJournal(Journals journals) {
    this.journals = journals;
  }

  void split(String text, Draft d) {
    String t = text.strip().replaceAll("[\\s.,;:]+$", "");
    List<Integer> cuts = new ArrayList<>(); // where each sentence after the first starts
    List<Integer> ends = new ArrayList<>(); // where the sentence before it ends, punctuation kept
    Matcher m = BOUNDARY.matcher(t);
    while (m.find()) {
      cuts.add(m.end());
      ends.add(m.start() + 1);
    }
    if (cuts.isEmpty()) {
      if (journals.find(t).isPresent()) {
        d.container = t;
      } else {
        d.title = t;
      }
      return;
    }
    for (int i = 0; i < cuts.size(); i++) {
      if (journals.find(t.substring(cuts.get(i))).isPresent()) {
        set(t, ends.get(i), cuts.get(i), d);
        return;
      }
    }
    int i = cuts.size() - 1;
    while (i > 0 && abbreviated(t.substring(cuts.get(i - 1), ends.get(i)))) {
      i--;
    }
    set(t, ends.get(i), cuts.get(i), d);
  }

  private static void set(String t, int titleEnd, int journalStart, Draft d) {
    String title = t.substring(0, titleEnd).strip();
    d.title = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
    d.container = t.substring(journalStart).strip();
  }

  /** "Indian Acad." or "Ann.": one to three capitalised words of at most ten letters. */
  private static boolean abbreviated(String sentence) {
    String s = sentence.replaceAll("[.]$", "").strip();
    String[] words = s.split("\\s+");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (w.length() > 10 || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
