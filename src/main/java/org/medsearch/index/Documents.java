package org.medsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Resource;
import org.medsearch.model.Section;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

/** Turns a topic into its Lucene documents: the topic itself, each section, resource and citation. */
public final class Documents {
  public static final String TYPE_TOPIC = "topic";
  public static final String TYPE_SECTION = "section";
  public static final String TYPE_RESOURCE = "resource";
  public static final String TYPE_CITATION = "citation";

  /** Analysed, stored, with offsets in the postings so the highlighter need not re-analyse. */
  static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** Words only, no positions or norms: the spelling vocabulary needs document frequencies and nothing else. */
  static final FieldType SPELL_WORDS = new FieldType();

  static {
    SPELL_WORDS.setIndexOptions(IndexOptions.DOCS);
    SPELL_WORDS.setTokenized(true);
    SPELL_WORDS.setOmitNorms(true);
    SPELL_WORDS.freeze();
  }

  private final ObjectMapper json;
  private final FacetsConfig facets;

  public Documents(ObjectMapper json) {
    this.json = json;
    this.facets = facetsConfig();
  }

  /** Facet dimensions use sorted-set doc values, no taxonomy index to keep in step. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Schema.TIER, false);
    config.setMultiValued(Schema.TYPE, false);
    return config;
  }

  public List<Document> of(Topic topic) {
    List<Document> docs = new ArrayList<>();
    String names = topic.title() + "\n" + String.join("\n", topic.aliases());

    Document t = base(topic.id(), TYPE_TOPIC, null, topic);
    text(t, Schema.TITLE, topic.title());
    text(t, Schema.ALIASES, String.join("\n", topic.aliases()));
    text(t, Schema.BODY, topic.sections().stream().map(Section::text).collect(Collectors.joining("\n\n")));
    stored(t, Schema.URL, topic.url());
    stored(t, Schema.SOURCE, topic.source());
    t.add(new StoredField(Schema.TOPIC_JSON, Deflated.of(write(topic))));
    String defined = topic.sections().stream().flatMap(s -> Abbreviations.definedIn(s.text()).stream())
        .map(Abbreviations.Definition::line).collect(Collectors.joining("\n"));
    stored(t, Schema.ABBREVIATIONS, defined);
    docs.add(t);

    for (Section s : topic.sections()) {
      Document d = base(topic.id() + "#" + s.id(), TYPE_SECTION, null, topic);
      text(d, Schema.TITLE, s.heading());
      text(d, Schema.TOPIC_NAMES, names);
      text(d, Schema.BODY, s.text());
      stored(d, Schema.SECTION_ID, s.id());
      stored(d, Schema.URL, topic.url());
      docs.add(d);
    }
    int r = 0;
    for (Resource res : topic.resources()) {
      Document d = base(topic.id() + "#r" + (++r), TYPE_RESOURCE, res.tier(), topic);
      text(d, Schema.TITLE, res.title());
      text(d, Schema.TOPIC_NAMES, names);
      text(d, Schema.BODY, res.source());
      stored(d, Schema.SOURCE, res.source());
      stored(d, Schema.URL, res.url());
      docs.add(d);
    }
    int c = 0;
    for (Citation cite : topic.citations()) {
      Document d = base(topic.id() + "#c" + (++c), TYPE_CITATION, Tier.RESEARCH, topic);
      text(d, Schema.TITLE, cite.title());
      text(d, Schema.TOPIC_NAMES, names);
      text(d, Schema.BODY, citationText(cite));
      stored(d, Schema.URL, cite.doi() != null ? "https://doi.org/" + cite.doi() : cite.url());
      d.add(new StoredField(Schema.CSL_JSON, write(cite)));
      CitationFields.add(d, cite, d.get(Schema.ID));
      docs.add(d);
    }
    return docs.stream().map(this::withFacets).toList();
  }

  /** What a citation is searched by besides its title: authors, journal, year and the text as written. */
  private static String citationText(Citation c) {
    StringBuilder sb = new StringBuilder();
    for (Name n : c.author()) {
      sb.append(n.display()).append("; ");
    }
    append(sb, c.containerTitle());
    append(sb, c.containerTitleShort());
    c.year().ifPresent(y -> sb.append(y).append(". "));
    if (c.title() == null || sb.length() == 0) {
      append(sb, c.raw());
    }
    return sb.toString().strip();
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null && !s.isBlank()) {
      sb.append(s).append(". ");
    }
  }

  private Document base(String id, String type, Tier tier, Topic topic) {
    Document d = new Document();
    d.add(new StringField(Schema.ID, id, Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
    d.add(new StringField(Schema.TYPE, type, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(Schema.TYPE, type));
    if (tier != null) {
      d.add(new StringField(Schema.TIER, tier.id(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(Schema.TIER, tier.id()));
    }
    d.add(new StringField(Schema.TOPIC_ID, topic.id(), Field.Store.YES));
    d.add(new StoredField(Schema.TOPIC_TITLE_STORED, topic.title()));
    return d;
  }

  private Document withFacets(Document d) {
    try {
      return facets.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new Field(field, value, TEXT_WITH_OFFSETS));
      if (!field.equals(Schema.TOPIC_NAMES)) {
        d.add(new Field(Schema.SPELL, value, SPELL_WORDS));
      }
    }
  }

  private static void stored(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StoredField(field, value));
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
