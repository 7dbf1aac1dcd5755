package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a research block into single citations. Each line holds one or more; within a line the
 * site runs citations together with "available from:", the Vancouver lead-in to a URL whose
 * URL was lost: "... 2014 [cited 2016 oct 11];17:433-6. available from: s. laroumagne, ...".
 * When a URL does follow, it belongs to the citation before and the text after it is the next
 * citation. List numbering ("1.", "[2]") is dropped.
 */
final class CitationSplitter {
  private static final Pattern JOIN = Pattern.compile("(?i)\\bavailable\\s+(?:from|at)\\s*:?\\s*");
  private static final Pattern URL_FIRST = Pattern.compile("(?i)^((?:https?://|www\\.)\\S+)\\s*");
  private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\[\\d{1,3}\\]|\\d{1,3}[.)](?=\\s))\\s*");

  private CitationSplitter() {}

  /** A citation's text and the line it starts on. */
  record Piece(String text, int line) {}

  static List<Piece> split(String block, int firstLine) {
    List<Piece> out = new ArrayList<>();
    String[] lines = block.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher join = JOIN.matcher(line);
      int start = 0;
      while (join.find()) {
        String rest = line.substring(join.end());
        Matcher url = URL_FIRST.matcher(rest);
        int next = join.end();
        String head = line.substring(start, join.start());
        if (url.find()) {
          head = head + " " + url.group(1);
          next = join.end() + url.end();
        }
        add(out, head, firstLine + i);
        start = next;
      }
      add(out, line.substring(start), firstLine + i);
    }
    return out;
  }

  private static void add(List<Piece> out, String text, int line) {
    String t = NUMBERING.matcher(Text.squash(text)).replaceFirst("");
    if (!t.isBlank()) {
      out.add(new Piece(t, line));
    }
  }
}
