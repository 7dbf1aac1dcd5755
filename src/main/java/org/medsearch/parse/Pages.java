package org.medsearch.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page ranges written the short way, as Vancouver and NLM do, expanded for display and search. */
final class Pages {
  private static final Pattern RANGE = Pattern.compile("([A-Za-z]*)(\\d+)\\s*[-–—]+\\s*([A-Za-z]*)(\\d+)");

  private Pages() {}

  /**
   * "433-6" gives "433-436", "267-8" gives "267-268", "1199-201" gives "1199-1201" and
   * "S12-4" gives "S12-S14": the end takes the leading digits it left out. A full or odd range
   * ("5658-5668", "12-3a") is only tidied to a plain hyphen.
   */
  static String expand(String page) {
    if (page == null) {
      return null;
    }
    String p = page.strip();
    Matcher m = RANGE.matcher(p);
    if (!m.matches()) {
      return p.replaceAll("\\s*[–—]\\s*", "-");
    }
    String prefix = m.group(1);
    String first = m.group(2);
    String last = m.group(4);
    if (last.length() < first.length()) {
      last = first.substring(0, first.length() - last.length()) + last;
    }
    String lastPrefix = m.group(3).isEmpty() ? prefix : m.group(3);
    return prefix + first + "-" + lastPrefix + last;
  }
}
