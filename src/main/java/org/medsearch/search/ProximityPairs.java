package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The proximity pairs of a query (two neighbouring words found within a few positions of each
 * other in the text) scored at a page of hits, as Lucene's sloppy two-word {@code PhraseQuery}
 * scores them: the same matches, the same sloppy frequency, the same similarity. Lucene's query
 * looked up each word of each pair in the term dictionary again for every search and read each
 * word's postings once per pair it is in; here the lookups come from the generation's
 * {@link TermCache} and each word's positions are read once per hit. A pair of the same word
 * twice is left to the phrase query (its repeated positions need Lucene's own handling).
 */
final class ProximityPairs {
  /** Two different words, the second expected one position after the first. */
  record Pair(Term first, Term second, float boost) {}

  private final List<Pair> pairs;
  private final int slop;
  private final String field;

  ProximityPairs(List<Pair> pairs, int slop) {
    this.pairs = List.copyOf(pairs);
    this.slop = slop;
    this.field = pairs.isEmpty() ? null : pairs.get(0).first().field();
  }

  boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** The pairs in one leaf: {@link #score} gives their summed scores at its hits, in ascending order. */
  final class Leaf {
    /** Each word's postings, once however many pairs it is in. */
    private final Map<Term, Word> words = new LinkedHashMap<>();
    /** The pairs whose words both are in the leaf, in the query's order, with their scorers. */
    private final List<Scoring> live = new ArrayList<>();

    Leaf(IndexSearcher searcher, TermCache terms, LeafReaderContext leaf) throws IOException {
      Similarity similarity = searcher.getSimilarity();
      for (Pair p : pairs) {
        TermStates a = terms.states(p.first());
        TermStates b = terms.states(p.second());
        if (a.docFreq() == 0 || b.docFreq() == 0) {
          continue;
        }
        Word first = open(p.first(), a, leaf);
        Word second = first == null ? null : open(p.second(), b, leaf);
        if (second == null) {
          continue;
        }
        Similarity.SimScorer sim = similarity.scorer(p.boost(), searcher.collectionStatistics(field),
            new TermStatistics[] {searcher.termStatistics(p.first(), a.docFreq(), a.totalTermFreq()),
                searcher.termStatistics(p.second(), b.docFreq(), b.totalTermFreq())});
        live.add(new Scoring(first, second, new LeafSimScorer(sim, leaf.reader(), field, true)));
      }
    }

    /** The word's postings in the leaf, opened once; null when the leaf lacks it. */
    private Word open(Term term, TermStates states, LeafReaderContext leaf) throws IOException {
      Word known = words.get(term);
      if (known != null) {
        return known;
      }
      TermState state = states.get(leaf);
      if (state == null) {
        return null;
      }
      Word word = new Word(PostingsPool.get().postings(leaf.reader(), term, state, PostingsEnum.POSITIONS));
      words.put(term, word);
      return word;
    }

    /** The sum of the pairs' scores at {@code doc} (leaf-relative; called in ascending order). */
    float score(int doc) throws IOException {
      for (Word w : words.values()) {
        w.moveTo(doc);
      }
      float sum = 0;
      for (Scoring s : live) {
        if (!s.first().present || !s.second().present) {
          continue;
        }
        s.first().readPositions();
        s.second().readPositions();
        float freq = sloppyFreq(s.first().at, s.first().count, s.second().at, s.second().count, slop);
        if (freq > 0) {
          sum += s.scorer().score(doc, freq);
        }
      }
      return sum;
    }
  }

  private record Scoring(Word first, Word second, LeafSimScorer scorer) {}

  /**
   * One word's postings in a leaf, whether the hit last moved to has the word, and its positions
   * there, read only when a pair needs them (both of its words in the hit).
   */
  private static final class Word {
    private final PostingsEnum postings;
    int[] at = new int[16];
    int count;
    boolean present;
    private boolean read;

    Word(PostingsEnum postings) {
      this.postings = postings;
    }

    void moveTo(int doc) throws IOException {
      if (postings.docID() < doc) {
        postings.advance(doc);
      }
      present = postings.docID() == doc;
      read = false;
      count = 0;
    }

    void readPositions() throws IOException {
      if (read) {
        return;
      }
      read = true;
      count = postings.freq();
      if (at.length < count) {
        at = new int[Math.max(count, at.length * 2)];
      }
      for (int i = 0; i < count; i++) {
        at[i] = postings.nextPosition();
      }
    }
  }

  Leaf leaf(IndexSearcher searcher, TermCache terms, LeafReaderContext leaf) throws IOException {
    return new Leaf(searcher, terms, leaf);
  }

  /**
   * Lucene's {@code SloppyPhraseMatcher} for two different words (offsets 0 and 1), its matches
   * summed as {@code PhraseScorer} sums them: each match adds 1 / (1 + its length). 0 when none.
   */
  static float sloppyFreq(int[] a, int na, int[] b, int nb, int slop) {
    Pp first = new Pp(a, na, 0, 0);
    Pp second = new Pp(b, nb, 1, 1);
    first.next();
    second.next();
    int end = Math.max(first.position, second.position);
    float freq = 0;
    boolean any = false;
    // nextMatch, over and over, with the queue of two held as (pp, other)
    boolean positioned = true;
    while (positioned) {
      Pp pp = lessThan(first, second) ? first : second;
      Pp other = pp == first ? second : first;
      int matchLength = end - pp.position;
      int next = other.position;
      boolean matched = false;
      while (pp.next()) {
        if (pp.position > end) {
          end = pp.position;
        }
        if (pp.position > next) {
          if (matchLength <= slop) {
            matched = true;
            break;
          }
          Pp min = lessThan(pp, other) ? pp : other;
          other = min == pp ? other : pp;
          pp = min;
          next = other.position;
          matchLength = end - pp.position;
        } else {
          int matchLength2 = end - pp.position;
          if (matchLength2 < matchLength) {
            matchLength = matchLength2;
          }
        }
      }
      if (!matched) {
        positioned = false;
        matched = matchLength <= slop;
      }
      if (!matched) {
        break;
      }
      float weight = 1f / (1f + matchLength);
      freq = any ? freq + weight : weight;
      any = true;
    }
    return freq;
  }

  /** PhraseQueue's order: position, then offset, then ord. */
  private static boolean lessThan(Pp x, Pp y) {
    if (x.position != y.position) {
      return x.position < y.position;
    }
    if (x.offset != y.offset) {
      return x.offset < y.offset;
    }
    return x.ord < y.ord;
  }

  /** One word's positions in a record, each less the word's offset in the phrase. */
  private static final class Pp {
    final int[] at;
    final int count;
    final int offset;
    final int ord;
    int index;
    int position;

    Pp(int[] at, int count, int offset, int ord) {
      this.at = at;
      this.count = count;
      this.offset = offset;
      this.ord = ord;
    }

    boolean next() {
      if (index == count) {
        return false;
      }
      position = at[index++] - offset;
      return true;
    }
  }
}
