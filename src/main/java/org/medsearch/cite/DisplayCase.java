package org.medsearch.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;

/**
 * Capitals for citations written all in lower case, as the site's pages write them ("sharma cm,
 * nath k. autosomal dominant cortical tremor ..."), so that references and exports read like
 * references: "Sharma CM, Nath K. Autosomal dominant cortical tremor ...". Names get a capital
 * on every word except particles ("van ruissen f" gives "van Ruissen F"), the title on its first
 * letter only (sentence case: acronyms the page lowered stay lowered, there is no way to know
 * them). A citation with any capital in its title or names is left exactly as written.
 */
final class DisplayCase {
  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten",
      "bin", "ibn", "al", "el");

  private DisplayCase() {}

  static Citation of(Citation c) {
    if (!allLowerCase(c)) {
      return c;
    }
    List<Name> names = new ArrayList<>(c.author().size());
    for (Name n : c.author()) {
      names.add(n.family() == null ? n : Name.person(words(n.family(), true), n.given() == null ? null : words(n.given(), false)));
    }
    return new Citation(c.id(), c.type(), sentence(c.title()), c.containerTitle(), c.containerTitleShort(), names,
        c.issued(), c.volume(), c.issue(), c.page(), c.number(), c.doi(), c.pmid(), c.pmcid(), c.url(), c.etAl(), c.raw());
  }

  private static boolean allLowerCase(Citation c) {
    StringBuilder sb = new StringBuilder(c.title() == null ? "" : c.title());
    for (Name n : c.author()) {
      sb.append(' ').append(n.family() == null ? "" : n.family()).append(' ').append(n.given() == null ? "" : n.given());
    }
    String s = sb.toString();
    return s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase(Locale.ROOT));
  }

  /** "van ruissen" gives "van Ruissen", "smith-jones" "Smith-Jones", "o'brien" "O'Brien", "c m" "C M". */
  static String words(String s, boolean keepParticles) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    String[] tokens = s.split("(?<=[\\s\\-'’.])");
    for (String t : tokens) {
      String bare = t.replaceAll("[\\s\\-'’.]+$", "");
      boolean particle = keepParticles && PARTICLES.contains(bare) && tokens.length > 1 && !t.equals(tokens[tokens.length - 1]);
      out.append(particle ? t : capitalise(t));
      start = false;
    }
    return start ? s : out.toString();
  }

  /** Capital first letter, after any opening quote or bracket. */
  static String sentence(String s) {
    return s == null ? null : capitalise(s);
  }

  private static String capitalise(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
      }
    }
    return s;
  }
}
