package org.medsearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The analyzer of every field, for writing the index. */
public final class Analyzers {
  private Analyzers() {}

  public static Analyzer forIndex() {
    return new PerFieldAnalyzerWrapper(new MedicalAnalyzer(), Map.of(Schema.SPELL, new SpellAnalyzer()));
  }
}
