package org.medsearch.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Files reference managers import (Zotero, EndNote, JabRef, Mendeley), with their usual media types. */
public enum ExportFormat {
  /** CSL-JSON, Zotero's and Pandoc's native item format; the media type DOI content negotiation uses. */
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json"),
  /** BibTeX, for JabRef and LaTeX users. */
  BIBTEX("bibtex", "application/x-bibtex", "bib"),
  /** RIS, the tagged format EndNote and most reference managers read. */
  RIS("ris", "application/x-research-info-systems", "ris");

  private final String id;
  private final String mediaType;
  private final String extension;

  ExportFormat(String id, String mediaType, String extension) {
    this.id = id;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String id() {
    return id;
  }

  /** The media type with its character set, for a Content-Type header. */
  public String contentType() {
    return mediaType + "; charset=utf-8";
  }

  public String extension() {
    return extension;
  }

  public static Optional<ExportFormat> find(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  public static String allIds() {
    return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
  }
}
