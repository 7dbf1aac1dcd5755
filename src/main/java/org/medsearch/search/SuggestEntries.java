package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Documents;
import org.medsearch.index.Schema;

/** Reads the suggestion entries out of an index: topic titles, aliases, section headings and resource titles. */
final class SuggestEntries {
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.TYPE, Schema.TITLE, Schema.ALIASES,
      Schema.TOPIC_ID, Schema.TOPIC_TITLE_STORED);

  private SuggestEntries() {}

  static List<Suggester.Entry> read(IndexReader reader) throws IOException {
    List<Suggester.Entry> out = new ArrayList<>();
    // Only the kinds of record that are suggested: a million citations are not read at start-up.
    Query kinds = new TermInSetQuery(Schema.TYPE, List.of(new BytesRef(Documents.TYPE_TOPIC),
        new BytesRef(Documents.TYPE_SECTION), new BytesRef(Documents.TYPE_RESOURCE)));
    // One reference per topic, not one per record: its sections and resources share it.
    Map<String, Hit.TopicRef> topics = new HashMap<>();
    StoredScan.forEach(reader, kinds, FIELDS, d -> {
      String type = d.get(Schema.TYPE);
      String title = d.get(Schema.TITLE);
      Hit.TopicRef topic = topics.computeIfAbsent(d.get(Schema.TOPIC_ID) + "\u0000" + d.get(Schema.TOPIC_TITLE_STORED),
          k -> new Hit.TopicRef(d.get(Schema.TOPIC_ID), d.get(Schema.TOPIC_TITLE_STORED)));
      String id = d.get(Schema.ID);
      switch (type) {
        case Documents.TYPE_TOPIC -> {
          out.add(new Suggester.Entry(title, "topic", id, topic, 40));
          String aliases = d.get(Schema.ALIASES);
          if (aliases != null) {
            for (String alias : aliases.split("\n")) {
              out.add(new Suggester.Entry(alias.strip(), "alias", id, topic, 30));
            }
          }
        }
        case Documents.TYPE_RESOURCE -> {
          if (title != null) {
            out.add(new Suggester.Entry(title, "resource", id, topic, 20));
          }
        }
        case Documents.TYPE_SECTION -> {
          if (title != null) {
            out.add(new Suggester.Entry(title, "heading", id, topic, 10));
          }
        }
        default -> {
          // citations are found by search, not suggested
        }
      }
    });
    out.addAll(layTerms(out));
    return out;
  }

  /**
   * The synonym list's phrases as aliases of the topics their equivalents name exactly: "tummy
   * ache" of Abdominal pain, "passing out" of Fainting, a brand of its drug ("glucophage" of
   * Metformin), so that a lay word typed into the box completes to its topic.
   */
  private static List<Suggester.Entry> layTerms(List<Suggester.Entry> named) {
    Map<String, List<Suggester.Entry>> byName = new HashMap<>();
    for (Suggester.Entry e : named) {
      if (e.type().equals("topic") || e.type().equals("alias")) {
        byName.computeIfAbsent(e.text().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(e);
      }
    }
    List<Suggester.Entry> out = new ArrayList<>();
    for (String[][] line : Synonyms.written()) {
      String[] targets = line[1] == null ? line[0] : line[1];
      for (String phrase : line[0]) {
        for (String target : targets) {
          if (target.equalsIgnoreCase(phrase) || byName.containsKey(phrase.toLowerCase(Locale.ROOT))) {
            continue;
          }
          for (Suggester.Entry e : byName.getOrDefault(target.toLowerCase(Locale.ROOT), List.of())) {
            // A topic the equivalent is the title of before one it is an alias of.
            out.add(new Suggester.Entry(phrase, "alias", e.id(), e.topic(), e.type().equals("topic") ? 30 : 29));
          }
        }
      }
    }
    return out;
  }
}
