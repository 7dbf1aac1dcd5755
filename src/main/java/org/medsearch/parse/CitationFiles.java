package org.medsearch.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.medsearch.model.Citation;

/**
 * Structured citation files to CSL items: BibTeX (.bib, read with jbibtex), RIS (.ris),
 * PubMed/MEDLINE (.nbib) and CSL-JSON (.csl.json). Items from every format are normalised the
 * same way as parsed page citations: DOI in normal form, journal full title and NLM
 * abbreviation when known, page ranges expanded. A broken record or file is reported to
 * {@link Problems}; the rest of the file is still read.
 */
public final class CitationFiles {
  /** File endings this class reads, longest first so ".csl.json" wins over ".json". */
  private static final List<String> ENDINGS = List.of(".csl.json", ".bib", ".ris", ".nbib");

  private final ObjectMapper json;
  private final Journals journals;

  public CitationFiles(ObjectMapper json, Journals journals) {
    this.json = Objects.requireNonNull(json, "json");
    this.journals = Objects.requireNonNull(journals, "journals");
  }

  /** Uses the journal list shipped with medsearch. */
  public CitationFiles(ObjectMapper json) {
    this(json, Journals.defaults());
  }

  /** The ending that makes {@code fileName} a citation file, if it is one. */
  public static Optional<String> ending(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return ENDINGS.stream().filter(lower::endsWith).findFirst();
  }

  /** The file's citations; never throws for bad content, which goes to {@code problems}. */
  public List<Citation> read(String fileName, String text, Problems problems) {
    String ending = ending(fileName).orElseThrow(() -> new IllegalArgumentException(
        "not a citation file: " + fileName));
    return switch (ending) {
      case ".bib" -> BibtexReader.read(text, journals, problems);
      case ".ris" -> RisReader.read(text, journals, problems);
      case ".nbib" -> NbibReader.read(text, journals, problems);
      default -> cslJson(text, problems);
    };
  }

  private List<Citation> cslJson(String text, Problems problems) {
    JsonNode root;
    try {
      root = json.readTree(text.strip());
    } catch (JsonProcessingException e) {
      problems.error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "CSL-JSON: invalid JSON (" + e.getOriginalMessage() + ")");
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(items::add);
    } else if (root != null && root.isObject()) {
      items.add(root);
    } else {
      problems.error(0, "CSL-JSON: expected an item or an array of items");
      return List.of();
    }
    List<Citation> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = "CSL-JSON item " + (i + 1);
      try {
        Citation c = json.treeToValue(items.get(i), Citation.class);
        out.add(checked(normalised(c, where, problems), where, problems));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        problems.warn(0, where + " skipped: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
      }
    }
    return out;
  }

  /** A CSL item as given, with its DOI, journal and pages in the same form as parsed ones. */
  private Citation normalised(Citation c, String where, Problems problems) {
    Draft d = new Draft(c.raw());
    d.type = c.type();
    d.authors = new ArrayList<>(c.author());
    d.etAl = c.etAl();
    d.title = c.title();
    d.container = c.containerTitle() != null ? c.containerTitle() : c.containerTitleShort();
    d.year = c.year().orElse(null);
    if (c.issued() != null && !c.issued().dateParts().isEmpty() && c.issued().dateParts().get(0).size() > 1) {
      d.month = c.issued().dateParts().get(0).get(1);
      d.day = c.issued().dateParts().get(0).size() > 2 ? c.issued().dateParts().get(0).get(2) : null;
    }
    d.volume = c.volume();
    d.issue = c.issue();
    d.page = c.page();
    d.number = c.number();
    d.pmid = c.pmid();
    d.pmcid = c.pmcid();
    d.url = c.url();
    setDoi(d, c.doi(), where, problems);
    Citation n = d.toCitation(journals);
    String shortTitle = n.containerTitleShort() != null ? n.containerTitleShort() : c.containerTitleShort();
    return new Citation(c.id(), n.type(), n.title(), n.containerTitle(), shortTitle, n.author(), c.issued(),
        n.volume(), n.issue(), n.page(), n.number(), n.doi(), n.pmid(), n.pmcid(), n.url(), n.etAl(), n.raw());
  }

  /** Sets the DOI in normal form; a value that is not a DOI is reported and left out. */
  static void setDoi(Draft d, String written, String where, Problems problems) {
    if (written == null || written.isBlank()) {
      return;
    }
    Optional<String> doi = Dois.normalize(written);
    if (doi.isEmpty()) {
      problems.warn(0, where + ": '" + written + "' is not a DOI (a DOI reads '10.NNNN/suffix'); left out");
    }
    d.doi = doi.orElse(null);
  }

  /** Reports an item with neither title nor container, which search could not show sensibly. */
  static Citation checked(Citation c, String where, Problems problems) {
    if (c.title() == null && c.containerTitle() == null) {
      problems.warn(0, where + " has no title; it is indexed, but add a title so that search can show it");
    }
    return c;
  }
}
