package org.medsearch.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medsearch.model.Citation;

/**
 * Structured citation files: reads one file's text into CSL items. First version reads
 * CSL-JSON; BibTeX, RIS and PubMed/MEDLINE come with the structure-recovery issue.
 */
public final class CitationFiles {
  /** File endings this class reads, longest first so ".csl.json" wins over ".json". */
  private static final List<String> ENDINGS = List.of(".csl.json", ".bib", ".ris", ".nbib");

  private final ObjectMapper json;

  public CitationFiles(ObjectMapper json) {
    this.json = json;
  }

  /** The ending that makes {@code fileName} a citation file, if it is one. */
  public static Optional<String> ending(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return ENDINGS.stream().filter(lower::endsWith).findFirst();
  }

  public List<Citation> read(String fileName, String text, Problems problems) throws IOException {
    String ending = ending(fileName).orElseThrow(() -> new IllegalArgumentException(
        "not a citation file: " + fileName));
    if (ending.equals(".csl.json")) {
      String trimmed = text.strip();
      if (trimmed.startsWith("{")) {
        return List.of(json.readValue(trimmed, Citation.class));
      }
      return Arrays.asList(json.readValue(trimmed, Citation[].class));
    }
    problems.error(0, ending + " citation files are not read yet; convert the file to CSL-JSON (.csl.json)");
    return List.of();
  }
}
