package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medsearch.model.Name;

/**
 * Author lists in the orders citation styles use. Each reader answers empty when the text does
 * not look like a list of names, which is how the citation parser finds where authors end.
 */
final class AuthorList {
  private static final Pattern ET_AL = Pattern.compile("(?i)[,\\s]*\\bet\\.?\\s*al\\b\\.?,?\\s*$");
  /** "Sharma CM", "van Ruissen F", "De Blauwe SN", "O'Brien-Smith JA": words then 1-3 initials. */
  private static final Pattern VANCOUVER_NAME =
      Pattern.compile("(?:\\p{L}[\\p{L}'’\\-]*\\s+){1,3}\\p{L}{1,3}");
  /** A given-first name: two to five words of letters, dots, hyphens or apostrophes. */
  private static final Pattern GIVEN_FIRST_NAME =
      Pattern.compile("(?:[\\p{L}][\\p{L}'’.\\-]*\\.?\\s+){1,4}[\\p{L}][\\p{L}'’\\-]*");
  /** "C. M.", "C.M.", "C", "B. L.", "J.-P.": initials after a comma in APA and Harvard. */
  private static final Pattern INITIALS =
      Pattern.compile("(?:\\p{Lu}\\.?[\\s\\-]*){1,4}|(?:\\p{L}\\.\\s*){1,4}");

  private AuthorList() {}

  record Authors(List<Name> names, boolean etAl) {}

  /** "sharma cm, nath k, kumawat bl, khandelwal d" or "Rose ME, Huerbin MB, et al". */
  static Optional<Authors> vancouver(String text) {
    String s = text.strip();
    boolean etAl = ET_AL.matcher(s).find();
    s = ET_AL.matcher(s).replaceFirst("").strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<Name> names = new ArrayList<>();
    for (String part : s.split("\\s*,\\s*")) {
      if (!VANCOUVER_NAME.matcher(part).matches()) {
        return Optional.empty();
      }
      names.add(AuthorNames.vancouver(part));
    }
    return Optional.of(new Authors(names, etAl));
  }

  /** "sofie n. de blauwe, patrick santens, and ludo j. vanopdenbosch" or "r. j. beukers et al.". */
  static Optional<Authors> givenFirst(String text) {
    String s = text.strip().replaceAll("[,;]+$", "");
    boolean etAl = ET_AL.matcher(s).find();
    s = ET_AL.matcher(s).replaceFirst("").strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<Name> names = new ArrayList<>();
    for (String part : s.split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*")) {
      if (part.isBlank()) {
        continue;
      }
      if (!GIVEN_FIRST_NAME.matcher(part).matches()) {
        return Optional.empty();
      }
      names.add(AuthorNames.givenFirst(part));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Authors(names, etAl));
  }

  /**
   * APA and Harvard: "Sharma, C. M., Nath, K., & Kumawat, B. L." or "Sharma, C.M. and Nath, K."
   * Parts after a comma that are initials belong to the family name before them; a part that
   * is a whole Vancouver name ("Sharma CM") stands alone.
   */
  static Optional<Authors> familyFirst(String text) {
    String s = text.strip().replaceAll("[,;]+$", "");
    boolean etAl = ET_AL.matcher(s).find();
    s = ET_AL.matcher(s).replaceFirst("").strip();
    List<Name> names = new ArrayList<>();
    String family = null;
    List<String> parts = new ArrayList<>();
    for (String part : s.split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      boolean initialsNext = i + 1 < parts.size() && INITIALS.matcher(parts.get(i + 1)).matches();
      if (family != null && INITIALS.matcher(p).matches()) {
        names.add(Name.person(family, p));
        family = null;
      } else if (family == null && p.matches("[\\p{L}'’\\- ]+") && (initialsNext || !p.contains(" "))) {
        family = p;
      } else if (family == null && VANCOUVER_NAME.matcher(p).matches()) {
        names.add(AuthorNames.vancouver(p));
      } else {
        return Optional.empty();
      }
    }
    if (family != null) {
      names.add(Name.person(family, null));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(new Authors(names, etAl));
  }
}
