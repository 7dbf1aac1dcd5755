package org.medsearch.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The abbreviations a text defines, "normal pressure hydrocephalus (NPH)", found by the algorithm
 * of Schwartz and Hearst (A simple algorithm for identifying abbreviation definitions in
 * biomedical text, PSB 2003): the short form is the word in parentheses, the long form the
 * shortest run of the words before it whose letters hold the short form's in order, the first at
 * the start of a word. What people type ("nph", "sspe", "cvid") is often only the short form.
 */
public final class Abbreviations {
  private Abbreviations() {}

  /** A definition as written: {@code shortForm} "NPH", {@code longForm} "normal pressure hydrocephalus". */
  public record Definition(String shortForm, String longForm) {
    /** The definition as one stored line, "NPH\tnormal pressure hydrocephalus". */
    public String line() {
      return shortForm + "\t" + longForm;
    }

    /** The definition of a stored line, or null when the line is not one. */
    public static Definition ofLine(String line) {
      int tab = line.indexOf('\t');
      return tab <= 0 || tab == line.length() - 1 ? null : new Definition(line.substring(0, tab), line.substring(tab + 1));
    }
  }

  /**
   * Words a long form may hold without the short form having a letter for them ("of", "the"), and
   * does not start with, though the short form's first letter may match them.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "of", "in", "with", "for", "to", "by", "on");
  /** Characters of text looked at before a parenthesis, enough for the longest long form. */
  private static final int LOOK_BACK = 200;
  /** The longest parenthesis read, and the shortest long form in one. */
  private static final int MAX_PARENTHESIS = 100;
  private static final int MIN_LONG_FORM = 5;

  /** The definitions in {@code text}, each once (whatever its case), in the order of the text. */
  public static List<Definition> definedIn(String text) {
    if (text == null || text.indexOf('(') < 0) {
      return List.of();
    }
    List<Definition> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Each parenthesis, read by hand: a regular expression tried at every character of the text
    // was a tenth of the indexing time.
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      String inside = text.substring(open + 1, close);
      Definition d = null;
      if (isShortForm(inside)) {
        d = definition(inside, text.substring(Math.max(0, open - LOOK_BACK), open));
      } else if (inside.length() >= MIN_LONG_FORM && open >= 2 && text.charAt(open - 1) == ' ') {
        // The other way round, "CPAP (continuous positive airway pressure)": only when every word
        // of the parenthesis starts with the short form's letters, as "(see below)" would not.
        int from = open - 1;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
          from--;
        }
        String shortForm = text.substring(from, open - 1);
        String longForm = inside.strip();
        if (isShortForm(shortForm) && longForm.contains(" ")
            && longForm.equals(initialsLongForm(shortForm, longForm.split(" ")))) {
          d = new Definition(shortForm, longForm);
        }
      }
      if (d != null && seen.add(d.line().toLowerCase(Locale.ROOT))) {
        found.add(d);
      }
    }
    return found;
  }

  /** Where the parenthesis opened at {@code open} closes, within {@link #MAX_PARENTHESIS}; -1 when not, or nested. */
  private static int closing(String text, int open) {
    for (int i = open + 1, end = Math.min(text.length(), open + 1 + MAX_PARENTHESIS); i < end; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(') {
        return -1;
      }
    }
    return -1;
  }

  /** 2 to 10 letters, digits or hyphens, a letter first, two capitals at least ("NPH", "NF1", "ChILD"). */
  private static boolean isShortForm(String s) {
    if (s.length() < 2 || s.length() > 10 || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return capitals(s) >= 2; // not "(see)", "(rare)", "(Figure)": words, not abbreviations
  }

  private static Definition definition(String shortForm, String before) {
    int cut = 0;
    for (int i = before.length() - 1; i >= 0 && cut == 0; i--) {
      char c = before.charAt(i);
      if (c == '(' || c == ')') {
        cut = i + 1;
      } else if (i + 1 < before.length() && Character.isWhitespace(before.charAt(i + 1)) && ".;:!?".indexOf(c) >= 0) {
        cut = i + 2; // a long form does not run across the end of a clause
      }
    }
    String[] words = before.substring(cut).strip().split("\\s+");
    // At most min(|SF| + 5, 2 |SF|) words, as in Schwartz and Hearst.
    int max = Math.min(shortForm.length() + 5, shortForm.length() * 2);
    words = Arrays.copyOfRange(words, Math.max(0, words.length - max), words.length);
    String candidate = String.join(" ", words);
    String longForm = initialsLongForm(shortForm, words);
    if (longForm == null) {
      longForm = shortestLongForm(shortForm, candidate);
    }
    if (longForm == null) {
      return null;
    }
    longForm = withoutLeadingFunctionWord(longForm.replaceAll("[,;:]+$", "").strip());
    String lower = " " + longForm.toLowerCase(Locale.ROOT) + " ";
    if (longForm.length() <= shortForm.length() || longForm.split("\\s+").length < 2
        || lower.contains(" " + shortForm.toLowerCase(Locale.ROOT) + " ")) {
      return null;
    }
    return new Definition(shortForm, longForm);
  }

  private static String withoutLeadingFunctionWord(String longForm) {
    int space = longForm.indexOf(' ');
    return space > 0 && FUNCTION_WORDS.contains(longForm.substring(0, space).toLowerCase(Locale.ROOT))
        ? longForm.substring(space + 1).strip() : longForm;
  }

  /**
   * The longest run of words ending the candidate whose every word (but function words, "of",
   * "the") starts with a letter of the short form, in order, the first word with the first
   * letter: "subacute sclerosing panencephalitis (SSPE)", where the shortest long form would be
   * "sclerosing panencephalitis", and "transposition of the great arteries (TGA)". Null when no
   * run is so.
   */
  static String initialsLongForm(String shortForm, String[] words) {
    String letters = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String best = null;
    int bestStarts = 0;
    for (int k = words.length - 1; k >= 0; k--) {
      if (words[k].isEmpty() || FUNCTION_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
        continue;
      }
      String run = String.join(" ", List.of(words).subList(k, words.length));
      boolean[] contentStart = new boolean[run.length()];
      int content = 0;
      for (int w = k, at = 0; w < words.length; at += words[w].length() + 1, w++) {
        if (!words[w].isEmpty() && !FUNCTION_WORDS.contains(words[w].toLowerCase(Locale.ROOT))) {
          contentStart[at] = true;
          content++;
        }
      }
      int starts = alignedStarts(letters, run.toLowerCase(Locale.ROOT), contentStart);
      if (starts == content && starts > bestStarts) {
        best = run;
        bestStarts = starts;
      }
    }
    return best;
  }

  /**
   * The most word starts ({@code starts}) that {@code letters} can be read at, in order, in
   * {@code text}, the first letter at its first character; -1 when they cannot be read so.
   */
  private static int alignedStarts(String letters, String text, boolean[] starts) {
    int n = letters.length();
    int length = text.length();
    if (n == 0 || length == 0 || text.charAt(0) != letters.charAt(0)) {
      return -1;
    }
    // most[j]: the most starts the letters from i on can be read at in text from j on (-1: cannot)
    int[] most = new int[length + 1];
    for (int i = n - 1; i >= 1; i--) {
      int[] next = most;
      most = new int[length + 1];
      most[length] = -1;
      for (int j = length - 1; j >= 0; j--) {
        int here = text.charAt(j) == letters.charAt(i) && next[j + 1] >= 0 ? next[j + 1] + (starts[j] ? 1 : 0) : -1;
        most[j] = Math.max(most[j + 1], here);
      }
    }
    return most[1] < 0 ? -1 : most[1] + (starts[0] ? 1 : 0);
  }

  /**
   * The shortest end of {@code candidate} holding the letters and digits of {@code shortForm} in
   * order, read from the end, its first at the start of a word; null when there is none.
   */
  private static String shortestLongForm(String shortForm, String candidate) {
    int l = candidate.length() - 1;
    for (int s = shortForm.length() - 1; s >= 0; s--) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while ((l >= 0 && Character.toLowerCase(candidate.charAt(l)) != c)
          || (s == 0 && l > 0 && Character.isLetterOrDigit(candidate.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
    }
    return candidate.substring(candidate.lastIndexOf(' ', l) + 1);
  }

  private static int capitals(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** The definitions of stored lines, skipping any that are not one. */
  public static List<Definition> ofLines(String lines) {
    List<Definition> out = new ArrayList<>();
    if (lines != null) {
      for (String line : lines.split("\n")) {
        Definition d = Definition.ofLine(line);
        if (d != null) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
