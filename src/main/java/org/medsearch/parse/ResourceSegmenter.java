package org.medsearch.parse;

import java.util.List;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;

/**
 * Splits a tier block of a page ("national institute of neurological disorders and stroke
 * myoclonus mayo clinic myoclonus ...") into resources.
 *
 * <p>First version: the whole block is one resource. Splitting by publisher comes with the
 * structure-recovery issue.
 */
public final class ResourceSegmenter {

  public List<Resource> segment(Tier tier, String block, String topicTitle, int line, Problems problems) {
    String text = block.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(new Resource(tier, text, null, null));
  }
}
