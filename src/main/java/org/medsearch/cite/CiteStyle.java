package org.medsearch.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reference styles medsearch formats with, each a style of the CSL project's repository. */
public enum CiteStyle {
  /** ICMJE "Vancouver", the NLM style of PubMed and most medical journals. */
  VANCOUVER("vancouver", "vancouver"),
  /** AMA Manual of Style, 11th edition. */
  AMA("ama", "american-medical-association"),
  /** APA, 7th edition. */
  APA("apa", "apa");

  private final String id;
  private final String cslName;

  CiteStyle(String id, String cslName) {
    this.id = id;
    this.cslName = cslName;
  }

  /** The name used in the API and on the command line: vancouver, ama, apa. */
  public String id() {
    return id;
  }

  /** The CSL style file name without ".csl". */
  String cslName() {
    return cslName;
  }

  public static Optional<CiteStyle> find(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
  }

  public static String allIds() {
    return Arrays.stream(values()).map(CiteStyle::id).collect(Collectors.joining(", "));
  }
}
