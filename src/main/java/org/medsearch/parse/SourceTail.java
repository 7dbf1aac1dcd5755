package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part of a citation after the title: the journal and its numbers, in the shapes
 * the styles write them. The parts are cut at commas and semicolons and each is recognised by
 * its own look ("vol. 2014", "article id 545490", "17(4)", "pp. 433-436", "4 pages"); the words
 * before the first recognised part are the journal.
 */
final class SourceTail {
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String PAGE = "[A-Za-z]?\\d+[A-Za-z]?(?:\\s*[-–—]\\s*[A-Za-z]?\\d+[A-Za-z]?)?";
  private static final Pattern VOLUME = Pattern.compile("(?i)(?:vol\\.?|volume)\\s*:?\\s*(\\S+)");
  private static final Pattern ISSUE = Pattern.compile("(?i)(?:no\\.?|issue|iss\\.?|number|nr\\.?)\\s*:?\\s*(\\S+)");
  private static final Pattern PAGES = Pattern.compile("(?i)(?:pp?\\.?|pages?)\\s*:?\\s*(" + PAGE + ")");
  private static final Pattern PAGE_COUNT = Pattern.compile("(?i)\\d+\\s*(?:pages?|pp\\.?)");
  private static final Pattern ARTICLE = Pattern.compile(
      "(?i)(?:article\\s*(?:id|no\\.?|number)?|art\\.?\\s*no\\.?|e-?location(?:\\s*id)?)\\s*:?\\s*([A-Za-z]?\\d+)");
  private static final Pattern VOL_ISSUE_PAGE = Pattern.compile(
      "(\\d+[A-Za-z]?)\\s*(?:\\(([^)]+)\\))?\\s*(?::\\s*(" + PAGE + "))?");
  private static final Pattern BARE_PAGE = Pattern.compile(PAGE);
  static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
  private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
  /** "journal of medical case reports20093:7293": year and volume glued to the journal. */
  private static final Pattern GLUED = Pattern.compile("(.*?\\p{L})\\s*((?:19|20)\\d{2})(\\d{1,3})\\s*:\\s*(" + PAGE + ")");
  /** "Front. Neurol. 3:135" or "PLoS One 9(3): e12345": numbers after the journal with no comma. */
  private static final Pattern COLON_FORM = Pattern.compile(
      "(.*?[^\\d\\s,;])[.,]?\\s+(\\d+[A-Za-z]?)\\s*(?:\\(([^)]+)\\))?\\s*:\\s*(" + PAGE + ")");

  private SourceTail() {}

  static void read(String tail, Draft d) {
    String t = tail.strip().replaceAll("[.\\s]+$", "");
    Matcher glued = GLUED.matcher(t);
    if (glued.matches()) {
      d.container = glued.group(1);
      d.year(glued.group(2));
      d.volume = glued.group(3);
      d.page = glued.group(4);
      return;
    }
    Matcher colon = COLON_FORM.matcher(t);
    if (colon.matches()) {
      d.container = colon.group(1);
      d.volume = colon.group(2);
      d.issue = colon.group(3);
      d.page = colon.group(4);
      return;
    }
    List<String> container = new ArrayList<>();
    boolean inNumbers = false;
    for (String raw : t.split("\\s*[,;]\\s*")) {
      String part = raw.strip().replaceAll("\\.$", "");
      if (part.isEmpty()) {
        continue;
      }
      boolean known = numbers(part, d);
      if (!known && !inNumbers) {
        container.add(part);
      }
      inNumbers |= known;
    }
    if (!container.isEmpty()) {
      d.container = String.join(", ", container);
    }
  }

  /** Reads one part into the draft; false when it is not a part with numbers or a date. */
  private static boolean numbers(String part, Draft d) {
    Matcher m;
    if ((m = VOLUME.matcher(part)).matches()) {
      d.volume = m.group(1);
    } else if ((m = ISSUE.matcher(part)).matches()) {
      d.issue = m.group(1);
    } else if (PAGE_COUNT.matcher(part).matches()) {
      return true; // "4 pages" counts pages; it is not where the article starts
    } else if ((m = PAGES.matcher(part)).matches()) {
      d.page = m.group(1);
    } else if ((m = ARTICLE.matcher(part)).matches()) {
      d.number = m.group(1);
    } else if (d.volume == null && (m = VOL_ISSUE_PAGE.matcher(part)).matches() && !YEAR.matcher(part).matches()) {
      d.volume = m.group(1);
      d.issue = m.group(2) == null ? d.issue : m.group(2);
      d.page = m.group(3) == null ? d.page : m.group(3);
    } else if (d.volume != null && d.page == null && BARE_PAGE.matcher(part).matches() && !YEAR.matcher(part).matches()) {
      d.page = part;
    } else if ((m = YEAR.matcher(part)).find() && part.length() <= 24) {
      d.year(m.group(1));
      month(part, d);
    } else {
      return MONTH.matcher(part).lookingAt() && part.length() <= 16;
    }
    return true;
  }

  /** Month and day from "september 07, 2015" or "20 february 2012" when the year came with them. */
  static void month(String date, Draft d) {
    Matcher m = MONTH.matcher(date);
    if (m.find() && d.month == null) {
      d.month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      Matcher day = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)").matcher(date);
      if (day.find()) {
        d.day = Integer.valueOf(day.group(1));
      }
    }
  }
}
