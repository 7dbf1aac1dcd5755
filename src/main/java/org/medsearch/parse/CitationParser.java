package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medsearch.model.Citation;

/**
 * Splits a block of research citations into CSL items and reads each one's fields.
 *
 * <p>Styles are tried from the most distinctive shape to the least: a Frontiers banner or
 * "title by authors" web copy, a title in double quotes (Hindawi, IEEE), a year in brackets
 * after the authors (APA, Harvard), then Vancouver/NLM/AMA/ICMJE. Every citation keeps its
 * text in {@code raw}; one whose style is not recognised, or that lacks author, title, journal
 * or year, is still returned and reported to {@link Problems} so that an editor can check it.
 */
public final class CitationParser {
  private final Journals journals;
  private final TitleAndJournal titleAndJournal;

  public CitationParser(Journals journals) {
    this.journals = Objects.requireNonNull(journals, "journals");
    this.titleAndJournal = new TitleAndJournal(journals);
  }

  /** Uses the journal list shipped with medsearch. */
  public CitationParser() {
    this(Journals.defaults());
  }

  public List<Citation> parseBlock(String block, int line, Problems problems) {
    List<Citation> out = new ArrayList<>();
    for (CitationSplitter.Piece piece : CitationSplitter.split(block, line)) {
      out.add(parse(piece.text(), piece.line(), problems));
    }
    return out;
  }

  /** One citation's fields; never fails: what it cannot read is reported and left out. */
  public Citation parse(String text, int line, Problems problems) {
    String raw = Text.squash(text);
    Draft ids = new Draft(raw);
    String s = Identifiers.extract(raw, ids);
    if (ids.doi == null && raw.toLowerCase(java.util.Locale.ROOT).matches(".*\\bdoi\\b.*")) {
      problems.warn(line, "citation has a DOI that is not valid (a DOI reads '10.NNNN/suffix'): " + shorten(raw));
    }
    Draft d = read(s, ids);
    if (d == null) {
      problems.warn(line, "citation style not recognised; indexed by its text only: " + shorten(raw));
      return ids.toCitation(journals);
    }
    Citation c = d.toCitation(journals);
    List<String> missing = new ArrayList<>();
    if (c.author().isEmpty()) {
      missing.add("author");
    }
    if (c.title() == null) {
      missing.add("title");
    }
    if (c.containerTitle() == null) {
      missing.add("journal");
    }
    if (c.issued() == null) {
      missing.add("year");
    }
    if (!missing.isEmpty()) {
      problems.warn(line, "citation (" + d.style + " style) has no " + String.join(", ", missing)
          + " that the parser could find: " + shorten(raw));
    }
    return c;
  }

  /** The first style that reads {@code s}, each given a fresh draft holding the identifiers; null if none. */
  private Draft read(String s, Draft ids) {
    Draft d = ids.copy();
    if (TitleByStyle.read(s, d) && d.container != null) {
      return d;
    }
    if (QuotedStyle.read(s, d = ids.copy()) || AuthorYearStyle.read(s, d = ids.copy())
        || VancouverStyle.read(s, d = ids.copy(), titleAndJournal) || TitleByStyle.read(s, d = ids.copy())) {
      return d;
    }
    return null;
  }

  private static String shorten(String raw) {
    return "'" + (raw.length() <= 90 ? raw : raw.substring(0, 87) + "...") + "'";
  }
}
