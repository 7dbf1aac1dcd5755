package org.medsearch.parse;

import java.util.List;
import org.medsearch.model.Citation;

/**
 * Splits a block of research citations into CSL items.
 *
 * <p>First version: each paragraph is one unparsed citation that keeps its text in {@code raw}.
 * Splitting and field parsing come with the structure-recovery issue.
 */
public final class CitationParser {

  public List<Citation> parseBlock(String block, int line, Problems problems) {
    String text = block.strip();
    return text.isEmpty() ? List.of() : List.of(Citation.unparsed(text));
  }
}
