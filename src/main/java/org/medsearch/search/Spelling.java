package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.medsearch.index.Schema;

/**
 * Corrects words the index has never seen against the index's own vocabulary ("myoclonis" to
 * "myoclonus", "alzhiemer" to "alzheimer", "tabkets" to "tablets"). Only where it helps: words
 * of at least {@link #MIN_LENGTH} letters with no digits (numbers, doses, DOIs and short
 * abbreviations stay as typed), up to two edits, the first letter kept.
 */
final class Spelling {
  static final int MIN_LENGTH = 5;
  /** Records that must hold a joined word for two typed words to be read as it. */
  static final int MIN_JOINED_DOCS = 2;

  /** Corrections remembered per generation; forgotten all at once when this many are held. */
  static final int CACHE_SIZE = 20_000;

  private final IndexReader reader;
  private final TermCache terms;
  private final DirectSpellChecker checker = new DirectSpellChecker();
  /**
   * What {@link #correct} answered for each unknown word. Looking a word up in the index is
   * cheap; finding its correction (Levenshtein automata over the terms) was an eighth of a
   * search's CPU, and people misspell the same words again and again.
   */
  private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

  Spelling(IndexReader reader, TermCache terms) {
    this.reader = reader;
    this.terms = terms;
    checker.setMinQueryLength(MIN_LENGTH);
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.7f);
  }

  /**
   * The one word two typed words make when written together, when the index knows it and not
   * only as a rarity: "rib cage" is "ribcage", "heart burn" is "heartburn". Each part must have at
   * least three letters, so that "in to" stays two words.
   */
  Optional<String> joined(String first, String second) {
    String a = first.toLowerCase(Locale.ROOT);
    String b = second.toLowerCase(Locale.ROOT);
    if (a.length() < 3 || b.length() < 3 || !(a + b).chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return terms.docFreq(new Term(Schema.SPELL, a + b)) >= MIN_JOINED_DOCS ? Optional.of(a + b) : Optional.empty();
  }

  /** The correction of one lower-cased, folded word, when the index lacks it and knows a close one. */
  Optional<String> correct(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < MIN_LENGTH || !w.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    try {
      Term term = new Term(Schema.SPELL, w);
      if (terms.docFreq(term) > 0) {
        return Optional.empty();
      }
      Optional<String> known = corrections.get(w);
      if (known != null) {
        return known;
      }
      SuggestWord[] s = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      Optional<String> found = s.length == 0 ? Optional.empty() : Optional.of(s[0].string);
      if (corrections.size() >= CACHE_SIZE) {
        corrections.clear();
      }
      corrections.put(w, found);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
