package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A CSL-JSON name: a person with family and given names, or a literal (an organisation). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Name(String family, String given, String literal) {
  public Name {
    if (isBlank(family) && isBlank(literal)) {
      throw new IllegalArgumentException("family or literal must be given");
    }
  }

  public static Name person(String family, String given) {
    return new Name(family, isBlank(given) ? null : given, null);
  }

  public static Name literal(String literal) {
    return new Name(null, null, literal);
  }

  /** "Sharma CM" style, as in Vancouver references. */
  public String display() {
    if (family == null) {
      return literal;
    }
    return given == null ? family : family + " " + given;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
