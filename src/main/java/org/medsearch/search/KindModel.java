package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Documents;
import org.medsearch.index.Schema;

/**
 * Which kind of answer a word points at, learnt from the index itself. The sections whose heading
 * names a kind of answer (a heading word of {@code question-types.txt}: "What are the treatments
 * for X") are that kind's examples; a word that their text has at least twice as often as
 * sections at large points at the kind: "surgery" at treatments, "contagious" at causes, "vaccine"
 * at prevention. The hand-written question types know the words that ask ("treat", "cause"); this
 * knows the words that answer, which people type when they ask too ("is surgery worth it for
 * sleep apnea", "how is hepatitis transmitted").
 *
 * <p>Read once per index generation: every word of the text in at least {@link #MIN_SECTIONS}
 * sections, counted in the sections of each kind; the strength kept is the pointwise mutual
 * information above {@code ln 2}, for the kinds where it is positive. A kind with fewer than
 * {@link #MIN_SECTIONS} example sections (a small corpus, or headings that name no kinds) is left
 * out, so the model is silent where it has too little to learn from.
 */
final class KindModel {
  /** Fewest sections a word, or a kind, needs before the model says anything about it. */
  static final int MIN_SECTIONS = 30;
  /** Twice as often as chance, the least association kept. */
  static final double THRESHOLD = Math.log(2);

  /** A kind a word points at (its index in the kinds' list), and how strongly (PMI above the threshold). */
  record Pointer(int kind, float strength) {}

  private final Map<String, Pointer[]> pointers;
  private final int kindsLearnt;
  /** Per record, a bit for each kind a word of its heading names (null when no kind was learnt). */
  private final int[] headingKinds;

  private KindModel(Map<String, Pointer[]> pointers, int kindsLearnt, int[] headingKinds) {
    this.pointers = pointers;
    this.kindsLearnt = kindsLearnt;
    this.headingKinds = headingKinds;
  }

  /**
   * Learns from {@code reader}: {@code kinds} are the kinds' analysed heading words, in order.
   * A section is of a kind when its heading has one of the kind's words and its topic's names do
   * not ("Cancer Treatment"'s sections are not all treatments).
   */
  static KindModel learn(IndexReader reader, List<List<String>> kinds) throws IOException {
    if (kinds.size() > Integer.SIZE - 1) {
      throw new IllegalArgumentException("at most " + (Integer.SIZE - 1) + " kinds of answer, not " + kinds.size());
    }
    // Per record: -1 when it is not a section, else a bit per kind it is of.
    int[] mask = new int[reader.maxDoc()];
    Arrays.fill(mask, -1);
    forEachDoc(reader, Schema.TYPE, Documents.TYPE_SECTION, doc -> mask[doc] = 0);
    Bits live = MultiBits.getLiveDocs(reader);
    int sections = 0;
    for (int doc = 0; doc < mask.length; doc++) {
      if (live != null && !live.get(doc)) {
        mask[doc] = -1;
      }
      sections += mask[doc] == 0 ? 1 : 0;
    }
    int[] kindSize = new int[kinds.size()];
    int[] heading = new int[reader.maxDoc()];
    for (int k = 0; k < kinds.size(); k++) {
      int bit = 1 << k;
      for (String w : kinds.get(k)) {
        forEachDoc(reader, Schema.TITLE, w, doc -> {
          heading[doc] |= bit;
          if (mask[doc] != -1) {
            mask[doc] |= bit;
          }
        });
      }
      for (String w : kinds.get(k)) {
        forEachDoc(reader, Schema.TOPIC_NAMES, w, doc -> {
          if (mask[doc] != -1) {
            mask[doc] &= ~bit;
          }
        });
      }
    }
    for (int m : mask) {
      for (int bits = m == -1 ? 0 : m; bits != 0; bits &= bits - 1) {
        kindSize[Integer.numberOfTrailingZeros(bits)]++;
      }
    }
    int learnt = 0;
    double[] prior = new double[kinds.size()];
    for (int k = 0; k < kinds.size(); k++) {
      // Laplace-smoothed share of the sections that are of kind k; NaN leaves the kind out.
      prior[k] = kindSize[k] < MIN_SECTIONS ? Double.NaN : (kindSize[k] + 1.0) / (sections + kinds.size());
      learnt += kindSize[k] < MIN_SECTIONS ? 0 : 1;
    }
    Map<String, Pointer[]> pointers = new HashMap<>();
    Terms terms = learnt == 0 ? null : MultiTerms.getTerms(reader, Schema.BODY);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      PostingsEnum pe = null;
      int[] counts = new int[kinds.size()];
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        if (te.docFreq() < MIN_SECTIONS) {
          continue;
        }
        Arrays.fill(counts, 0);
        int n = 0;
        pe = te.postings(pe, PostingsEnum.NONE);
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
          int m = mask[doc];
          if (m == -1) {
            continue;
          }
          n++;
          for (int bits = m; bits != 0; bits &= bits - 1) {
            counts[Integer.numberOfTrailingZeros(bits)]++;
          }
        }
        if (n < MIN_SECTIONS) {
          continue;
        }
        List<Pointer> out = new ArrayList<>(2);
        for (int k = 0; k < kinds.size(); k++) {
          if (Double.isNaN(prior[k])) {
            continue;
          }
          // P(kind | word), smoothed towards the prior, over the prior
          double pmi = Math.log((counts[k] + prior[k]) / (n + 1.0) / prior[k]);
          if (pmi > THRESHOLD) {
            out.add(new Pointer(k, (float) (pmi - THRESHOLD)));
          }
        }
        if (!out.isEmpty()) {
          pointers.put(t.utf8ToString(), out.toArray(new Pointer[0]));
        }
      }
    }
    return new KindModel(pointers, learnt, learnt == 0 ? null : heading);
  }

  /** Calls {@code action} with each record (top-level id) having {@code word} in {@code field}. */
  private static void forEachDoc(IndexReader reader, String field, String word, IntConsumer action) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(word))) {
      return;
    }
    PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
      action.accept(doc);
    }
  }

  /** The kinds {@code word} (analysed) points at; empty when none. */
  Pointer[] pointers(String word) {
    return pointers.getOrDefault(word, NONE);
  }

  private static final Pointer[] NONE = new Pointer[0];

  /**
   * The lift of record {@code doc} (a top-level id) for the kinds of answer asked: {@code lift[k]}
   * for each kind {@code k} its heading names, summed, as the sum of one constant-score query per
   * kind over its heading words would score it.
   */
  float lift(int doc, float[] lift) {
    float sum = 0;
    for (int bits = headingKinds == null ? 0 : headingKinds[doc]; bits != 0; bits &= bits - 1) {
      sum += lift[Integer.numberOfTrailingZeros(bits)];
    }
    return sum;
  }

  /** How many words point at some kind. */
  int words() {
    return pointers.size();
  }

  /** How many kinds had enough example sections to learn from. */
  int kindsLearnt() {
    return kindsLearnt;
  }
}
