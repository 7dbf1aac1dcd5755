package org.medsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps KStem, which follows it, to inflections: where KStem would take a derivational suffix off
 * a word and so merge it with another word ("ablation" into "able", "basal" into "base", "clonic"
 * into "clone", "researchers" into "research"), the word keeps its suffix, reduced to its singular
 * only, and is marked so that KStem leaves it alone. Plurals and verb forms still merge ("jerks",
 * "jerking"; "studies", "study"), and so do words KStem shortens by an ending that is no suffix of
 * this list ("hypothyroidism", "hypothyroid").
 *
 * <p>On the MedQuAD pages "ablation" matched 518 records, most of them for "able"; now 32.
 */
final class DerivationGuardFilter extends TokenFilter {
  /**
   * Endings that make one word of another; KStem taking one off merges different words. Not "-ness"
   * and "-ment", which keep the meaning of the word they come from ("stiffness", "impairment").
   */
  private static final List<String> DERIVATIONAL = List.of("ation", "ition", "ution", "ity", "al", "ic", "ive",
      "able", "ible", "ous", "ence", "ance", "ency", "ancy", "ary", "ory", "er", "or", "ist", "ian");
  /** {@link #DERIVATIONAL} by their last letter, for a quick look at each word. */
  private static final String[][] BY_LAST_LETTER = new String[128][];

  static {
    for (char c = 0; c < BY_LAST_LETTER.length; c++) {
      final char last = c;
      BY_LAST_LETTER[c] = DERIVATIONAL.stream().filter(x -> x.charAt(x.length() - 1) == last).toArray(String[]::new);
    }
  }

  /** Words decided by one filter (one thread's analysis); forgotten all at once when this many are held. */
  private static final int CACHE_SIZE = 100_000;
  /** Plurals only; it keeps no state. */
  private static final EnglishMinimalStemmer SINGULAR = new EnglishMinimalStemmer();
  /** Decided: KStem may stem the word. */
  private static final String STEM = "";
  private static final Analyzer KSTEM = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new KStemFilter(source));
    }
  };

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  /** Looked up by the term's characters, without making a string of them. */
  private final CharArrayMap<String> decided = new CharArrayMap<>(1024, false);

  DerivationGuardFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || !mayBeDerived(term.buffer(), term.length())) {
      return true;
    }
    String kept = decided.get(term.buffer(), 0, term.length());
    if (kept == null) {
      String word = term.toString();
      kept = decide(word);
      if (decided.size() >= CACHE_SIZE) {
        decided.clear();
      }
      decided.put(word, kept);
    }
    if (!kept.isEmpty()) {
      term.setEmpty().append(kept);
      keyword.setKeyword(true);
    }
    return true;
  }

  /**
   * Whether the word, or its singular, ends with a derivational suffix: most words do not, and
   * are passed on without a look-up.
   */
  private static boolean mayBeDerived(char[] word, int length) {
    if (length == 0) {
      return false;
    }
    if (length > 3 && word[length - 1] == 's' && word[length - 2] == 'e' && word[length - 3] == 'i') {
      return true; // "abilities", "theories": singular in -y
    }
    return endsDerived(word, length) || length > 1 && word[length - 1] == 's' && endsDerived(word, length - 1);
  }

  private static boolean endsDerived(char[] word, int end) {
    char last = word[end - 1];
    if (last >= BY_LAST_LETTER.length) {
      return false;
    }
    for (String suffix : BY_LAST_LETTER[last]) {
      if (endsWith(word, end, suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] word, int end, String suffix) {
    int n = suffix.length();
    if (end <= n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (word[end - n + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The word to keep (its singular) when KStem would take a derivational suffix off it; else {@link #STEM}. */
  private static String decide(String word) {
    String stem = kstem(word);
    if (stem.equals(word)) {
      return STEM;
    }
    char[] chars = word.toCharArray();
    String singular = new String(chars, 0, SINGULAR.stem(chars, chars.length));
    for (String suffix : DERIVATIONAL) {
      if (singular.endsWith(suffix) && !stem.endsWith(suffix)) {
        return singular;
      }
    }
    return STEM;
  }

  private static String kstem(String word) {
    try (TokenStream ts = KSTEM.tokenStream("", word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? t.toString() : word;
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
