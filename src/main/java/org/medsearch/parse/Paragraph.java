package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;

/** A run of non-blank lines and the 1-based line it starts on. */
record Paragraph(String text, int line) {

  static List<Paragraph> split(String text) {
    List<Paragraph> out = new ArrayList<>();
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder current = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace('\u00a0', ' ').strip();
      if (line.isEmpty()) {
        if (current.length() > 0) {
          out.add(new Paragraph(current.toString(), start));
          current.setLength(0);
        }
        continue;
      }
      if (current.length() == 0) {
        start = i + 1;
      } else {
        current.append('\n');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      out.add(new Paragraph(current.toString(), start));
    }
    return out;
  }

  String firstLine() {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  String afterFirstLine() {
    int nl = text.indexOf('\n');
    return nl < 0 ? "" : text.substring(nl + 1);
  }
}
