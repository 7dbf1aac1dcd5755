package org.medsearch.index;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.parse.AuthorNames;
import org.medsearch.parse.Dois;
import org.medsearch.parse.Journals;

/**
 * The fielded-search fields of a citation record (see {@link Schema}): author, journal, year,
 * DOI and work keys, normalised with the same functions ({@code parse.AuthorNames},
 * {@code parse.Journals}, {@code parse.Dois}) that normalise the queries.
 */
public final class CitationFields {
  private CitationFields() {}

  static void add(Document d, Citation c, String recordId) {
    Set<String> keys = new LinkedHashSet<>();
    Set<String> families = new LinkedHashSet<>();
    for (Name n : c.author()) {
      String key = AuthorNames.key(n);
      if (!key.isEmpty()) {
        keys.add(key);
      }
      families.addAll(familyKeys(n));
    }
    keys.forEach(k -> d.add(new StringField(Schema.CITE_AUTHOR, k, Field.Store.NO)));
    families.forEach(k -> d.add(new StringField(Schema.CITE_AUTHOR_FAMILY, k, Field.Store.NO)));

    Set<String> journals = new LinkedHashSet<>();
    for (String form : Journals.defaults().searchForms(c.containerTitle())) {
      journals.add(Journals.key(form));
    }
    if (c.containerTitleShort() != null) {
      journals.add(Journals.key(c.containerTitleShort()));
    }
    journals.remove("");
    for (String j : journals) {
      d.add(new StringField(Schema.CITE_JOURNAL, j, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Schema.CITE_JOURNAL, new BytesRef(j)));
    }
    journalLabel(c).ifPresent(l -> d.add(new SortedDocValuesField(Schema.CITE_JOURNAL_LABEL, new BytesRef(l))));

    c.year().ifPresent(y -> {
      d.add(new IntPoint(Schema.CITE_YEAR, y));
      d.add(new NumericDocValuesField(Schema.CITE_YEAR, y));
    });
    Optional<String> doi = Dois.normalize(c.doi());
    doi.ifPresent(x -> d.add(new StringField(Schema.CITE_DOI, x, Field.Store.NO)));
    String work = workKey(c, doi.orElse(null), recordId);
    d.add(new StringField(Schema.CITE_WORK, work, Field.Store.YES));
    d.add(new SortedDocValuesField(Schema.CITE_WORK, new BytesRef(work)));
  }

  /**
   * What makes two citation records one work: the same DOI; without one, the same title
   * (folded: case, accents and punctuation do not count) and year. "Autosomal Dominant
   * Cortical Tremor..." of 2014 on one page and "autosomal dominant cortical tremor..." of 2014
   * on another are one work, "title:autosomal dominant cortical tremor ...|2014". A record with
   * neither DOI nor title is a work of its own.
   */
  public static String workKey(Citation c, String normalDoi, String recordId) {
    if (normalDoi != null) {
      return "doi:" + normalDoi;
    }
    if (c.title() != null && !Journals.key(c.title()).isEmpty()) {
      return "title:" + Journals.key(c.title()) + "|" + c.year().map(String::valueOf).orElse("");
    }
    return "record:" + recordId;
  }

  /** The family name's key, and without its particles when it has some: "van ruissen" gives both "van ruissen" and "ruissen". */
  static Set<String> familyKeys(Name n) {
    Set<String> out = new LinkedHashSet<>();
    String family = AuthorNames.key(n.family() == null ? Name.literal(n.literal()) : Name.person(n.family(), null));
    if (family.isEmpty()) {
      return out;
    }
    out.add(family);
    String[] words = family.split(" ");
    for (int i = 1; i < words.length && n.family() != null; i++) {
      if (!PARTICLES.contains(words[i - 1])) {
        break;
      }
      out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
    }
    return out;
  }

  private static final Set<String> PARTICLES = Set.of(
      "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten",
      "bin", "ibn", "al", "el", "st", "mac");

  /** The journal as the facet shows it: the NLM abbreviation when known, else the title as written. */
  static Optional<String> journalLabel(Citation c) {
    if (c.containerTitleShort() != null && !c.containerTitleShort().isBlank()) {
      return Optional.of(c.containerTitleShort().strip());
    }
    if (c.containerTitle() == null || c.containerTitle().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Journals.defaults().abbreviation(c.containerTitle()).orElse(c.containerTitle().strip()));
  }
}
