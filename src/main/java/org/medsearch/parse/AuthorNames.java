package org.medsearch.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medsearch.model.Name;

/**
 * Author names for search: a person is known by family name and initials, so "Sharma CM",
 * "C. M. Sharma", "Sharma, C. M." and "Sharma, Chandra Mohan" all have the key "sharma cm".
 * Index {@link #key(Name)} of each author and match a query's name with {@link #key(String)}.
 */
public final class AuthorNames {
  /** Lower-case words that belong to the family name when they stand before it: "Sofie N. de Blauwe". */
  static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten",
      "bin", "ibn", "al", "el", "st", "mac");
  private static final Pattern INITIALS = Pattern.compile("\\p{L}{1,3}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-‐]+");

  private AuthorNames() {}

  /**
   * Family name plus initials, folded: {@code Name.person("Sharma", "C M")} and
   * {@code Name.person("Sharma", "Chandra Mohan")} give "sharma cm"; an organisation gives its
   * folded name ("world health organization").
   */
  public static String key(Name name) {
    if (name.family() == null) {
      return Text.key(name.literal());
    }
    String initials = name.given() == null ? "" : initials(name.given());
    return (Text.key(name.family()) + " " + initials).strip();
  }

  /**
   * The key of a name as someone would type or write it, in any usual order (see
   * {@link #parse(String)}); "" for a blank name.
   */
  public static String key(String written) {
    return parse(written).map(AuthorNames::key).orElse("");
  }

  /**
   * One person's name in any usual order. "Family, Given" when there is a comma; "Family
   * Initials" (Vancouver) when the last word is one to three letters that are all capitals, or
   * the whole name is lower case ("sharma cm"); otherwise "Given Family" ("C. M. Sharma",
   * "Olumuyiwa A Bamgbade"). A mixed-case short last word is a family name: "Bo Li" is Li B.
   */
  public static Optional<Name> parse(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    // A full stop after an initial is part of it ("Müller, J."); after a word it ends a sentence.
    String s = Text.squash(written).replaceAll("[,;]+$", "").replaceAll("(?<=\\p{L}{2})\\.$", "");
    int comma = s.indexOf(',');
    if (comma > 0) {
      return Optional.of(Name.person(s.substring(0, comma).strip(), s.substring(comma + 1).strip()));
    }
    String[] words = s.split(" ");
    String last = words[words.length - 1];
    boolean initialsLast = INITIALS.matcher(last).matches()
        && (last.equals(last.toUpperCase(Locale.ROOT)) || s.equals(s.toLowerCase(Locale.ROOT)));
    if (words.length >= 2 && initialsLast) {
      return Optional.of(vancouver(s));
    }
    return Optional.of(givenFirst(s));
  }

  /** "sharma cm" is family "sharma", given "c m"; "van ruissen f" is family "van ruissen". */
  static Name vancouver(String s) {
    String t = s.strip();
    int space = t.lastIndexOf(' ');
    if (space < 0) {
      return Name.person(t, null);
    }
    String letters = t.substring(space + 1);
    return Name.person(t.substring(0, space).strip(), String.join(" ", letters.split("")));
  }

  /** "sofie n. de blauwe" is family "de blauwe", given "sofie n."; one word is a family name alone. */
  static Name givenFirst(String s) {
    String[] words = s.strip().split("\\s+");
    int familyStart = words.length - 1;
    while (familyStart > 1 && PARTICLES.contains(words[familyStart - 1].toLowerCase(Locale.ROOT))) {
      familyStart--;
    }
    String family = String.join(" ", Arrays.copyOfRange(words, familyStart, words.length));
    String given = String.join(" ", Arrays.copyOfRange(words, 0, familyStart));
    return Name.person(family, given);
  }

  /**
   * "C M", "C. M.", "CM" and "Chandra Mohan" give "cm"; "Jean-Pierre" gives "jp". A part in
   * capitals of up to three letters is read as initials run together ("CM"), any other part
   * gives its first letter ("Bo" gives "b").
   */
  static String initials(String given) {
    StringBuilder sb = new StringBuilder();
    for (String part : SEPARATORS.split(given.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      boolean runTogether = part.length() <= 3 && part.equals(part.toUpperCase(Locale.ROOT))
          && part.chars().allMatch(Character::isLetter);
      String letters = runTogether ? part : part.substring(0, 1);
      sb.append(Text.key(letters).replace(" ", ""));
    }
    return sb.toString();
  }

  /** Lists of keys, in order, for comparing author lists. */
  static List<String> keys(List<Name> names) {
    return names.stream().map(AuthorNames::key).toList();
  }
}
