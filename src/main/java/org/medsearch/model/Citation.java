package org.medsearch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A research citation as a CSL-JSON item (the fields medsearch reads and writes; others are
 * ignored on input). {@code raw} keeps the citation as it was written on the page, and
 * {@code etAl} records that the source cut the author list short with "et al.".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Citation(
    String id,
    String type,
    String title,
    @JsonProperty("container-title") String containerTitle,
    @JsonProperty("container-title-short") String containerTitleShort,
    List<Name> author,
    Issued issued,
    String volume,
    String issue,
    String page,
    String number,
    @JsonProperty("DOI") String doi,
    @JsonProperty("PMID") String pmid,
    @JsonProperty("PMCID") String pmcid,
    @JsonProperty("URL") String url,
    @JsonProperty("et-al") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean etAl,
    String raw) {

  public Citation {
    author = author == null ? List.of() : List.copyOf(author);
    type = type == null ? "article-journal" : type;
  }

  /** A citation known only by its text, before (or without) parsing. */
  public static Citation unparsed(String raw) {
    return new Citation(null, null, null, null, null, List.of(), null, null, null, null, null,
        null, null, null, null, false, raw);
  }

  @JsonIgnore
  public Optional<Integer> year() {
    return issued == null ? Optional.empty() : issued.year();
  }

  /** CSL-JSON date: {@code {"date-parts": [[2014, 10, 11]]}}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Issued(@JsonProperty("date-parts") List<List<Integer>> dateParts) {
    public Issued {
      dateParts = dateParts == null ? List.of() : dateParts.stream().map(List::copyOf).toList();
    }

    public static Issued ofYear(int year) {
      return new Issued(List.of(List.of(year)));
    }

    @JsonIgnore
    public Optional<Integer> year() {
      return dateParts.isEmpty() || dateParts.get(0).isEmpty()
          ? Optional.empty()
          : Optional.ofNullable(dateParts.get(0).get(0));
    }
  }
}
