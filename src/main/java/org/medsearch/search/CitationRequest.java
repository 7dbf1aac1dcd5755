package org.medsearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.medsearch.cite.CiteStyle;
import org.medsearch.parse.Dois;

/**
 * A citation search as asked ({@code /api/citations}, the {@code citations} command). Filters
 * are ANDed; repeated {@code journal} or {@code year} values are ORed (facet drill-down), and
 * facet counts of a dimension ignore that dimension's filter. {@code id} picks the work of one
 * citation record ("myoclonus#c3"); {@code citeAs} asks for the reference in more styles. Checked on construction; every message names the parameter.
 */
public record CitationRequest(String q, List<String> authors, Set<String> journals, Set<Integer> years,
    Integer yearFrom, Integer yearTo, String doi, String topic, String id, Sort sort, int page, int size,
    Set<CiteStyle> citeAs) {
  public static final int MIN_YEAR = 1000;
  public static final int MAX_YEAR = 9999;

  /** relevance: best match first (then newest); year: newest first (then best match). */
  public enum Sort {
    RELEVANCE,
    YEAR;

    public static Sort of(String s) {
      if (s == null || s.isBlank()) {
        return RELEVANCE;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "relevance" -> RELEVANCE;
        case "year" -> YEAR;
        default -> throw new BadRequestException("unknown sort '" + s.strip() + "': use relevance or year");
      };
    }
  }

  public CitationRequest {
    q = q == null ? "" : q.strip();
    authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    journals = journals == null ? Set.of() : Set.copyOf(journals.stream().map(String::strip).filter(j -> !j.isEmpty()).toList());
    years = years == null ? Set.of() : Set.copyOf(new TreeSet<>(years));
    for (int y : years) {
      checkYear("year", y);
    }
    if (yearFrom != null) {
      checkYear("year_from", yearFrom);
    }
    if (yearTo != null) {
      checkYear("year_to", yearTo);
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new BadRequestException("year_from " + yearFrom + " is after year_to " + yearTo + ": swap them");
    }
    doi = blankToNull(doi);
    if (doi != null) {
      String written = doi;
      doi = Dois.normalize(doi).orElseThrow(() -> new BadRequestException("doi '" + abbreviate(written)
          + "' is not a DOI: a DOI reads 10.NNNN/suffix, with or without https://doi.org/"));
    }
    topic = blankToNull(topic);
    id = blankToNull(id);
    sort = sort == null ? Sort.RELEVANCE : sort;
    citeAs = citeAs == null ? Set.of() : Set.copyOf(citeAs);
    if (q.length() > QuerySyntax.MAX_LENGTH) {
      throw new BadRequestException("q is " + q.length() + " characters long; the limit is " + QuerySyntax.MAX_LENGTH);
    }
    if (page < 1) {
      throw new BadRequestException("page must be 1 or more, was " + page);
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new BadRequestException("size must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + size);
    }
    if ((long) page * size > SearchRequest.MAX_DEPTH) {
      throw new BadRequestException("page " + page + " of size " + size + " goes past result " + SearchRequest.MAX_DEPTH
          + ": narrow the search, or export every match with format=csl-json, bibtex or ris");
    }
  }

  /** Everything matching {@code q}, first page. */
  public static CitationRequest of(String q) {
    return new CitationRequest(q, List.of(), Set.of(), Set.of(), null, null, null, null, null, Sort.RELEVANCE, 1, 10, Set.of());
  }

  private static void checkYear(String name, int y) {
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new BadRequestException(name + " must be a four-digit year, was " + y);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String abbreviate(String v) {
    return v.length() <= 60 ? v : v.substring(0, 57) + "...";
  }
}
