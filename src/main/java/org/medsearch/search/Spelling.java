package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.medsearch.index.Schema;

/**
 * Corrects words the index has never seen against the index's own vocabulary ("myoclonis" to
 * "myoclonus", "alzhiemer" to "alzheimer", "tabkets" to "tablets"), and long words it has only
 * as the text's own rare misspellings ({@link #RARE_TYPED}: "cardiomypathy"). Only where it helps: words
 * of at least {@link #MIN_LENGTH} letters with no digits (numbers, doses, DOIs and short
 * abbreviations stay as typed), up to two edits, the first letter kept; a long word
 * ({@link #LONG_WORD} letters or more) up to three, its first {@link #LONG_PREFIX} letters kept
 * ("cipprofloxin" to "ciprofloxacin").
 */
final class Spelling {
  static final int MIN_LENGTH = 5;
  /** Records that must hold a joined word for two typed words to be read as it. */
  static final int MIN_JOINED_DOCS = 2;

  /**
   * Letters from which a word the index lacks may be three edits from its correction: long drug
   * and disease names are misspelled by several letters at once ("cipprofloxin"), beyond the two
   * edits of Lucene's automata.
   */
  static final int LONG_WORD = 8;
  /** Letters a long word's correction keeps from its start: the wide search reads only the terms that begin so. */
  static final int LONG_PREFIX = 3;
  /** The most edits, and the most per letter of the longer of the two words, of a long word's correction. */
  static final int LONG_EDITS = 3;
  static final float LONG_EDITS_PER_LETTER = 0.25f;

  /**
   * Records a typed word may be in and still be one of the text's own misspellings: a word of
   * {@link #LONG_WORD} letters or more is corrected when a word one edit away is in
   * {@link #EDIT_WORTH} times as many ("cardiomypathy", in one MedQuAD record, is
   * "cardiomyopathy", in hundreds; both are searched). Of MedQuAD's 6,749 such words (in one or
   * two records, 8 letters or more) 193 have such a neighbour, nearly all misspellings
   * ("congnital", "symtpoms", "hemmorrhage"); a few are rare words ("forkhead", "canities"),
   * whose records are still found. Shorter words and two edits took too many rare words for
   * misspellings ("retinol", "micrencephaly", "dyscrasia").
   */
  static final int RARE_TYPED = 2;

  /** Candidates read from Lucene's spelling automata, to choose the likeliest among. */
  static final int CANDIDATES = 5;

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
  private final Map<String, List<String>> corrections = new ConcurrentHashMap<>();
  /** What {@link #together} counted, by the two tokens. */
  private final Map<String, Integer> pairs = new ConcurrentHashMap<>();

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

  /**
   * Records whose text has the analysed tokens {@code first} and {@code second} side by side, in
   * that order: what a correction's neighbour says of it. Remembered per pair, as the corrections are.
   */
  int together(String first, String second) {
    return pairs.computeIfAbsent(first + ' ' + second, k -> {
      if (pairs.size() >= CACHE_SIZE) {
        pairs.clear();
      }
      try {
        return new IndexSearcher(reader).count(new PhraseQuery(Schema.BODY, first, second));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Words of one query whose corrections may be looked for in the index; the rest of its unknown
   * words stay as typed. A message of 160 words that are none of them words took 0.6 to 1.4 s of
   * Lucene's automata, past the search budget, where a real message has a handful of misspellings.
   */
  static final int LOOKUPS_PER_QUERY = 16;

  /** How many more corrections one query may look for ({@link #LOOKUPS_PER_QUERY}); remembered ones are free. */
  static final class Budget {
    private int left;
    /** Whether English words the index lacks are corrected too (a query that found nothing as typed). */
    final boolean words;
    /** The query's typed words in order, lower-cased: what a misspelt word stands between. */
    private final List<String> typed;
    private int contextLeft = LOOKUPS_PER_QUERY;

    Budget(int lookups, boolean words, List<String> typed) {
      this.left = lookups;
      this.words = words;
      this.typed = typed;
    }

    /** Whether one more correction may be chosen by its neighbours ({@link #LOOKUPS_PER_QUERY} a query), spending it. */
    boolean spendContext() {
      return contextLeft-- > 0;
    }

    /** The typed words just before and after the first {@code word} typed (null where there is none). */
    String[] around(String word) {
      int i = typed.indexOf(word.toLowerCase(Locale.ROOT));
      return i < 0 ? new String[2]
          : new String[] {i > 0 ? typed.get(i - 1) : null, i + 1 < typed.size() ? typed.get(i + 1) : null};
    }
  }

  /**
   * The correction of one lower-cased, folded word, when the index lacks it and knows a close one;
   * a look-up in the index spends one of {@code budget}'s, and there is none when it is spent.
   */
  Optional<String> correct(String word, Budget budget) {
    List<String> c = candidates(word, budget);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  /**
   * The corrections of {@code word} that {@link #correct} chooses among, the likeliest first
   * (see {@link #likeliest}): empty when the index has the word in more than {@link #RARE_TYPED}
   * records, knows none close (none far commoner, for a word it has), or the budget is spent.
   * The words around it may say which of them was meant ("gauher disease": "gaucher", not
   * "gather", though "gather" is in more records).
   */
  List<String> candidates(String word, Budget budget) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < MIN_LENGTH || !w.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    try {
      Term term = new Term(Schema.SPELL, w);
      int records = terms.docFreq(term);
      if (records > RARE_TYPED || records > 0 && w.length() < LONG_WORD) {
        return List.of();
      }
      List<String> known = corrections.get(w);
      if (known != null) {
        return known;
      }
      if (budget.left <= 0) {
        return List.of();
      }
      budget.left--;
      List<String> found;
      if (records == 0) {
        SuggestWord[] s = checker.suggestSimilar(term, CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        found = s.length > 0 ? likeliest(w, s)
            : w.length() >= LONG_WORD ? widely(w).map(List::of).orElse(List.of()) : List.of();
      } else {
        // One of the text's own misspellings ("cardiomypathy") when a word one edit away is in far
        // more records.
        SuggestWord[] s = Arrays.stream(checker.suggestSimilar(term, CANDIDATES, reader, SuggestMode.SUGGEST_MORE_POPULAR))
            .filter(c -> c.freq >= EDIT_WORTH * records && Edits.distance(w, c.string, 1) <= 1).toArray(SuggestWord[]::new);
        found = s.length > 0 ? likeliest(w, s) : List.of();
      }
      if (corrections.size() >= CACHE_SIZE) {
        corrections.clear();
      }
      corrections.put(w, found);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How many times as many records a correction one edit further must be in to be preferred (on
   * the LiveQA questions 30 to 1,000 gave the same figures; of 40 common misspellings only
   * "syntoms" changed, to "symptoms").
   */
  static final float EDIT_WORTH = 100f;

  /**
   * Lucene's candidates, the likeliest meant first: fewer edits from {@code w} first, then the word in
   * more records, and one edit more is worth it for a word in {@link #EDIT_WORTH} times as many
   * records. Lucene ranks by edits per letter of the shorter word, so a longer rare word beat a
   * common one as far ("diabeties" gave "diabetics", one edit, before "diabetes", one edit too);
   * and the text's own misspellings are words of the index ("syntoms" gave "symtoms", one edit,
   * in a few records, before "symptoms", two edits, in thousands).
   */
  private static List<String> likeliest(String w, SuggestWord[] candidates) {
    double factor = Tunables.get("spell-factor", EDIT_WORTH);
    // Stable: on equal scores Lucene's order (fewer edits per letter) stays.
    return Arrays.stream(candidates)
        .sorted(Comparator.comparingDouble((SuggestWord c) ->
            Math.log(Math.max(1, c.freq)) - Edits.distance(w, c.string, 2) * Math.log(factor)).reversed())
        .map(c -> c.string).toList();
  }

  /**
   * The correction of a long word more than two edits from any term: among the terms that begin
   * with its first {@link #LONG_PREFIX} letters, the closest (restricted Damerau-Levenshtein
   * distance), at most {@link #LONG_EDITS} edits and {@link #LONG_EDITS_PER_LETTER} per letter of
   * the longer word; on equal distance the one in more records; none when two are equally close
   * and equally common.
   */
  private Optional<String> widely(String w) throws IOException {
    Terms field = MultiTerms.getTerms(reader, Schema.SPELL);
    if (field == null) {
      return Optional.empty();
    }
    TermsEnum te = field.iterator();
    BytesRef prefix = new BytesRef(w.substring(0, LONG_PREFIX));
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestDocs = 0;
    boolean tied = false;
    for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, prefix); t = te.next()) {
      String candidate = t.utf8ToString();
      int longer = Math.max(candidate.length(), w.length());
      if (Math.abs(candidate.length() - w.length()) > LONG_EDITS) {
        continue;
      }
      int d = Edits.distance(w, candidate, LONG_EDITS);
      if (d > LONG_EDITS || d > LONG_EDITS_PER_LETTER * longer) {
        continue;
      }
      int docs = te.docFreq();
      if (d < bestDistance || (d == bestDistance && docs > bestDocs)) {
        best = candidate;
        bestDistance = d;
        bestDocs = docs;
        tied = false;
      } else if (d == bestDistance && docs == bestDocs) {
        tied = true;
      }
    }
    return best == null || tied ? Optional.empty() : Optional.of(best);
  }
}
