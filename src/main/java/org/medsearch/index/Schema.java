package org.medsearch.index;

/**
 * Every field of the index, in one place, with why it has its type. One Lucene document per
 * topic, section, resource and citation.
 */
public final class Schema {
  private Schema() {}

  /** Unique record id ("myoclonus", "myoclonus#s2"): StringField for exact lookup and deletes, doc values for tie-breaks. */
  public static final String ID = "id";
  /** topic | section | resource | citation: StringField for filters, SortedSet doc values for facets. */
  public static final String TYPE = "type";
  /** Resource tier (citations are research): StringField for filters, SortedSet doc values for facets. */
  public static final String TIER = "tier";
  /** The owning topic's id: StringField to filter by topic and to delete a page's records. */
  public static final String TOPIC_ID = "topic_id";
  /** The owning topic's title, stored for display. */
  public static final String TOPIC_TITLE_STORED = "topic_title_stored";

  /** The record's own title (topic title, section heading, resource title, citation title): analysed, highest weight. */
  public static final String TITLE = "title";
  /** Topic aliases and synonyms: analysed, weighted close to the title. */
  public static final String ALIASES = "aliases";
  /** The owning topic's title and aliases, so a section is found by its topic's name too: analysed, low weight. */
  public static final String TOPIC_NAMES = "topic_names";
  /** Running text (paragraph, resource publisher, raw citation): analysed with offsets in postings for the highlighter. */
  public static final String BODY = "body";

  /** Unstemmed words of titles, aliases and text, indexed without positions: the vocabulary for spelling correction. */
  public static final String SPELL = "spell";

  /** Display-only stored values. */
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String SECTION_ID = "section_id";
  /**
   * The abbreviations the topic's sections define ("normal pressure hydrocephalus (NPH)"), one
   * "short TAB long" line per section defining it, stored on the topic record: read at start-up
   * for the corpus's own abbreviation layer, so "nph" also searches its long forms.
   */
  public static final String ABBREVIATIONS = "abbreviations";
  /** Whole topic in the topic format, stored on the topic record for {@code /api/topics/{id}}. */
  public static final String TOPIC_JSON = "topic_json";
  /** The CSL-JSON item of a citation record, stored for display and export. */
  public static final String CSL_JSON = "csl_json";

  /** Citation author keys, family name and initials ("sharma cm"): StringField, one term per author, for author= with initials. */
  public static final String CITE_AUTHOR = "cite_author";
  /** Citation author family names ("sharma", and "ruissen" for "van ruissen"): StringField, for author= without initials. */
  public static final String CITE_AUTHOR_FAMILY = "cite_author_family";
  /** Journal keys of every form (as written, NLM abbreviation, full title): StringField to query, SortedSet doc values for the drill-sideways check. */
  public static final String CITE_JOURNAL = "cite_journal";
  /** The journal as shown in the facet (NLM abbreviation when known): Sorted doc values only, for counting. */
  public static final String CITE_JOURNAL_LABEL = "cite_journal_label";
  /** Publication year: IntPoint for exact years and ranges, numeric doc values to sort, count and filter per record. */
  public static final String CITE_YEAR = "cite_year";
  /** DOI in normal form (lower case, no prefix): StringField for exact lookup. */
  public static final String CITE_DOI = "cite_doi";
  /** The work a citation record is a copy of ("doi:..." or "title:...|year"): StringField to list its topics, Sorted doc values to collapse copies into one hit. */
  public static final String CITE_WORK = "cite_work";

  /** Fields the query searches, with their weights (title above body). */
  public static final String[] SEARCHED = {TITLE, ALIASES, TOPIC_NAMES, BODY};
}
