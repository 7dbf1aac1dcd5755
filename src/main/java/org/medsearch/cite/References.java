package org.medsearch.cite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.medsearch.model.Citation;

/**
 * Formatted references from CSL items, by citeproc-java (a pure-Java CSL processor) with the CSL
 * project's own style files: the same processor and styles as Zotero and Mendeley, so a
 * reference here reads as it does there. Plain text, no markup: a reference is copied or shown
 * with textContent.
 *
 * <p>A processor instance costs milliseconds to create and is not safe for concurrent use, so
 * each style keeps a small pool of them; formatting one item then takes about 0.1 ms.
 * Safe for concurrent use.
 */
public final class References {
  private static final int POOL = 8;
  /** Numeric styles number their bibliography ("1.Sharma CM ..."); one reference needs no number. */
  private static final Pattern NUMBER = Pattern.compile("^\\s*\\[?\\d+[.\\]]?\\s*");
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper json;
  private final Map<CiteStyle, Queue<Processor>> pools = new EnumMap<>(CiteStyle.class);

  public References(ObjectMapper json) {
    this.json = json;
    for (CiteStyle s : CiteStyle.values()) {
      pools.put(s, new ConcurrentLinkedQueue<>());
    }
  }

  /**
   * The reference in {@code style}. A citation the parser could not structure (no title and no
   * authors) is given as written.
   */
  public String format(Citation citation, CiteStyle style) {
    if (citation.title() == null && citation.author().isEmpty()) {
      return citation.raw() == null ? "" : citation.raw().strip();
    }
    CSLItemData item = item(DisplayCase.of(citation), style);
    Queue<Processor> pool = pools.get(style);
    Processor p = pool.poll();
    if (p == null) {
      p = new Processor(style);
    }
    try {
      return p.format(item);
    } finally {
      if (pool.size() < POOL) {
        pool.offer(p);
      }
    }
  }

  /** The reference in every style, by style id: {"vancouver": ..., "ama": ..., "apa": ...}. */
  public Map<String, String> all(Citation citation) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (CiteStyle s : CiteStyle.values()) {
      out.put(s.id(), format(citation, s));
    }
    return out;
  }

  private CSLItemData item(Citation c, CiteStyle style) {
    Map<String, Object> m = json.convertValue(c, MAP);
    m.remove("raw");
    m.remove("et-al");
    m.put("id", "item");
    if (c.page() == null && c.number() != null) {
      // An e-location (article number) stands where pages would: "Case Rep Med. 2014;2014:545490."
      m.put("page", c.number());
    }
    if (c.etAl() && style != CiteStyle.APA) {
      // The source cut the list short; numeric medical styles say so with "et al." after the names.
      List<Object> names = new ArrayList<>(c.author().isEmpty() ? List.of() : (List<?>) m.get("author"));
      names.add(Map.of("literal", "et al"));
      m.put("author", names);
    }
    return CSLItemData.fromJson(m);
  }

  /** One citeproc-java processor for one style, formatting one item at a time. */
  private static final class Processor implements ItemDataProvider {
    private final CSL csl;
    private CSLItemData current;

    Processor(CiteStyle style) {
      try {
        this.csl = new CSL(this, style.cslName());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the CSL style " + style.cslName() + ": rebuild the jar", e);
      }
    }

    String format(CSLItemData item) {
      current = item;
      csl.reset(); // also resets the output format
      csl.setOutputFormat("text");
      csl.registerCitationItems(item.getId());
      String[] entries = csl.makeBibliography().getEntries();
      String text = entries.length == 0 ? "" : entries[0].strip();
      return NUMBER.matcher(text).replaceFirst("").strip();
    }

    @Override
    public CSLItemData retrieveItem(String id) {
      return current;
    }

    @Override
    public Collection<String> getIds() {
      return List.of(current.getId());
    }
  }
}
