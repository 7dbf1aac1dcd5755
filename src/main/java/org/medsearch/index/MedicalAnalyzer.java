package org.medsearch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English medical text: Unicode word breaking (which splits "opsoclonus-myoclonus",
 * "post-hypoxic" and "Creutzfeldt–Jakob" into their parts), possessives dropped ("Parkinson's"
 * is "parkinson"), case and accent folding ("Gaucher's", "Sjögren" = "sjogren"), English stop
 * words, and KStem, a light stemmer that merges plurals and verb forms ("jerks", "jerking") but
 * leaves medical stems alone where Porter would conflate ("neurology" and "neurons" stay apart),
 * kept from taking derivational suffixes off ({@link DerivationGuardFilter}: "ablation" is not
 * "able"). Changing what this gives for a word needs {@code Manifest.FORMAT} bumped, so that the
 * next build analyses every page again.
 */
public final class MedicalAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new DerivationGuardFilter(stream);
    stream = new KStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
