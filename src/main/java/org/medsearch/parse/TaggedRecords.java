package org.medsearch.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-tagged citation records, the shape RIS and PubMed/MEDLINE share: "TAG - value" lines,
 * where a line without a tag continues the value before it. These readers are written here
 * because no maintained Java library fits: JRis, the Java RIS reader, is no longer kept up and
 * is not on Maven Central; its maintained fork KRis would bring in the Kotlin runtime; and no
 * Java reader of the MEDLINE (.nbib) format was found on Maven Central.
 */
final class TaggedRecords {
  private TaggedRecords() {}

  /** One record: each tag's values in order, and the line the record starts on. */
  record Entry(Map<String, List<String>> tags, int line) {
    String first(String... names) {
      for (String n : names) {
        List<String> v = tags.get(n);
        if (v != null && !v.isEmpty() && !v.get(0).isBlank()) {
          return v.get(0).strip();
        }
      }
      return null;
    }

    List<String> all(String name) {
      return tags.getOrDefault(name, List.of());
    }
  }

  /**
   * Reads records. {@code tag} matches a tagged line with groups (tag, value); a record ends at
   * {@code endTag} or, when {@code endTag} is null, at a blank line. Lines that fit neither
   * shape before any tag are reported.
   */
  static List<Entry> read(String text, Pattern tag, String startTag, String endTag, String format, Problems problems) {
    List<Entry> out = new ArrayList<>();
    Map<String, List<String>> current = null;
    String lastTag = null;
    int start = 0;
    String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher m = tag.matcher(line);
      if (line.isBlank()) {
        if (endTag == null && current != null) {
          out.add(new Entry(current, start));
          current = null;
        }
        continue;
      }
      if (m.matches()) {
        String t = m.group(1).strip();
        String v = m.group(2).strip();
        if (current == null) {
          if (startTag != null && !t.equals(startTag)) {
            problems.warn(i + 1, format + ": '" + t + "' outside a record; a record starts with " + startTag);
            continue;
          }
          current = new LinkedHashMap<>();
          start = i + 1;
        }
        if (t.equals(endTag)) {
          out.add(new Entry(current, start));
          current = null;
          continue;
        }
        current.computeIfAbsent(t, k -> new ArrayList<>()).add(v);
        lastTag = t;
      } else if (current != null && lastTag != null) {
        List<String> values = current.get(lastTag);
        values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
      } else {
        problems.warn(i + 1, format + ": line is not 'TAG  - value': '" + line.strip() + "'");
      }
    }
    if (current != null) {
      if (endTag != null) {
        problems.warn(start, format + ": record has no closing " + endTag + " line; read it anyway");
      }
      out.add(new Entry(current, start));
    }
    return out;
  }
}
