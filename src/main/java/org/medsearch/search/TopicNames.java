package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.Abbreviations;
import org.medsearch.index.Documents;
import org.medsearch.index.EnglishWords;
import org.medsearch.index.Schema;

/**
 * The names of the indexed topics (titles and aliases, analysed like the text), to recognise
 * when a query mentions a topic: "What is the relationship between Noonan syndrome and
 * polycystic renal disease?" mentions the topic titled "Noonan syndrome", and "can ocella
 * cause dvt" mentions one whose alias is "DVT". The topics' own aliases are the synonym layer.
 */
final class TopicNames {
  static final int MAX_WORDS = 6;
  /**
   * Share of the records above which a one-word alias is an ordinary word of the text, not a name
   * (3 % to 10 % gave the same figures: paraphrase MRR@10 .6464 -> .6512, the other forms equal; 2 %
   * drops "Hypertension" of high blood pressure, foci MRR .5673 -> .5590).
   */
  static final float COMMON_ALIAS_SHARE = 0.05f;
  /**
   * Share of the records above which a word of a name does not count towards how much of the name
   * a query says (on MedQuAD: "disease", "symptom", "condition", "sign"). 0.3 and 0.4 gave the same
   * figures (paraphrase and typo MRR@10 +.005, nDCG +.001, original nDCG +.001, foci equal); 0.25
   * takes "syndrome" too and costs paraphrase nDCG .004, 0.02-0.2 lower nDCG as well.
   */
  static final float GENERIC_NAME_WORD_SHARE = 0.3f;
  /** Longest unit of measure after a number ("mg", "ml", "mcg") kept from naming a topic. */
  static final int MAX_UNIT_LETTERS = 3;

  /**
   * How a query names a topic: the query words its name covers ({@code words}: "heartburn" typed
   * as "heart burn" is two), and how many of them count for the topic being named ({@code
   * specific}: not the generic ones, "disease" of "autoimmune disease").
   */
  record Named(int words, int specific) {
    /** The fuller of two namings of one topic. */
    static Named max(Named a, Named b) {
      return a.words != b.words ? (a.words > b.words ? a : b) : (a.specific >= b.specific ? a : b);
    }
  }

  private final Map<String, List<String>> byName = new HashMap<>();
  /**
   * Names of two or more words by the roots of their words ({@link #roots}), so that a name
   * written with the noun where the topic's has the adjective, or the other way round, still names
   * it: "streptococcus infection" and Streptococcal Infections, "diabetes neuropathy" and Diabetic
   * neuropathy, "colonic polyps" and Colon polyps. Only for names of several words: alone, an
   * adjective is often no name ("viral" is not Virus).
   */
  private final Map<String, List<String>> byRoot = new HashMap<>();
  /** Names of several words with words that say little ("disease"), and how many. */
  private final Map<String, Integer> genericWords = new HashMap<>();
  /** Each topic's names, analysed and space-joined. */
  private final Map<String, List<String>> namesOf = new HashMap<>();
  /** One-word aliases written as acronyms that are also English words ("CAR", "PAP", "MEN"), analysed. */
  private final Set<String> wordAcronyms = new HashSet<>();
  /** Written as an acronym: a capital first and another capital later ("CAR", "ChILD"). */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}]*\\p{Lu}[\\p{L}\\p{N}]*");

  /** The forms and routes drug monographs add after the drug's name, at the end of a title. */
  private static final Pattern DOSAGE_FORM = Pattern.compile("(?i)(\\s+(oral|injection|topical|transdermal|patch|"
      + "inhalation|nasal|spray|ophthalmic|otic|rectal|vaginal|sublingual|tablets?|capsules?|solution|suspension|"
      + "cream|ointment|gel|lotion|extended-release))+$");
  /** What a name ends with in parentheses: an abbreviation or a note ("(OHF)", "(formerly)"). */
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
  /**
   * Sections that must define an abbreviation the same way before it searches its long form: one
   * definition can be a misreading. On MedQuAD 1 and 2 gave the same figures (-Dmedsearch.rank.
   * abbreviation-definitions), 3 fewer (foci nDCG@10 .6415 -> .6384; none at all .6359).
   */
  static final int MIN_DEFINITIONS = 2;
  /** Short form (lower case) to long form (lower case) to how many sections define it so. */
  private final Map<String, Map<String, Integer>> definitions = new TreeMap<>();

  /** Letters a drug's name keeps at least when its form is taken off. */
  private static final int MIN_DRUG_LETTERS = 5;

  /**
   * Adjective and Latin noun endings {@link #roots} takes off, longest first. Not "a" or "e": the
   * names they would merge are often other diseases (Tietz syndrome and Tietze syndrome).
   */
  private static final String[] ROOT_SUFFIXES = {"ical", "al", "ar", "ic", "ous", "us", "um", "is", "es"};
  /** Letters a root keeps at least: shorter words stay whole ("renal", "viral"). */
  private static final int MIN_ROOT = 5;

  TopicNames(IndexReader reader, LuceneQueries analysis) throws IOException {
    Map<String, Float> common = commonWords(reader);
    Set<String> fields = Set.of(Schema.ID, Schema.TYPE, Schema.TITLE, Schema.ALIASES, Schema.ABBREVIATIONS);
    StoredScan.forEach(reader, new TermQuery(new Term(Schema.TYPE, Documents.TYPE_TOPIC)), fields, d -> {
      if (!Documents.TYPE_TOPIC.equals(d.get(Schema.TYPE))) {
        return;
      }
      for (Abbreviations.Definition def : Abbreviations.ofLines(d.get(Schema.ABBREVIATIONS))) {
        definitions.computeIfAbsent(def.shortForm().toLowerCase(Locale.ROOT), k -> new TreeMap<>())
            .merge(def.longForm().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      String id = d.get(Schema.ID);
      List<String> names = new ArrayList<>();
      names.add(d.get(Schema.TITLE));
      String aliases = d.get(Schema.ALIASES);
      if (aliases != null) {
        names.addAll(List.of(aliases.split("\n")));
      }
      // A drug's page named with its form ("Methylprednisolone Oral") is named by the drug alone.
      String title = names.get(0);
      String drug = DOSAGE_FORM.matcher(title).replaceAll("");
      if (!drug.equals(title) && drug.length() >= MIN_DRUG_LETTERS) {
        names.add(drug);
      }
      for (int n = 0, size = names.size(); n < size; n++) {
        // A closing parenthesis is an abbreviation or a note, not part of the name people type:
        // "Omsk Hemorrhagic Fever (OHF)", "Shy-Dragger syndrome (formerly)".
        String plain = TRAILING_PARENTHESIS.matcher(names.get(n)).replaceAll("").strip();
        if (!plain.isEmpty() && !plain.equals(names.get(n).strip())) {
          names.add(plain);
        }
      }
      for (int n = 0, size = names.size(); n < size; n++) {
        // An index's inverted name, "Tumor - thyroid", is also the name in reading order, "thyroid tumor".
        String[] parts = names.get(n).split(" - ");
        if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
          names.add(parts[1].strip() + " " + parts[0].strip());
        }
      }
      for (int n = 0; n < names.size(); n++) {
        String name = names.get(n);
        List<String> tokens = analysis.analyze(name);
        if (n > 0 && !aliasNames(name, tokens, common)) {
          continue;
        }
        if (n > 0 && tokens.size() == 1 && ACRONYM.matcher(name.strip()).matches()
            && EnglishWords.contains(name.strip().toLowerCase(Locale.ROOT))) {
          wordAcronyms.add(tokens.get(0));
        }
        if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS) {
          int generic = genericWords(tokens, common);
          if (generic > 0) {
            genericWords.put(String.join(" ", tokens), generic);
          }
          if (tokens.size() > 1) {
            List<String> r = byRoot.computeIfAbsent(roots(tokens), k -> new ArrayList<>(1));
            if (!r.contains(id)) {
              r.add(id);
            }
          }
          List<String> ids = byName.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>(1));
          if (!ids.contains(id)) {
            ids.add(id);
            namesOf.computeIfAbsent(id, k -> new ArrayList<>(2)).add(String.join(" ", tokens));
          }
        }
      }
    });
  }

  /**
   * The abbreviations the indexed text defines, with each of their long forms: those defined so by
   * {@link #MIN_DEFINITIONS} sections or more, and not English words ("ALL", "ADD", "PAD"), which
   * as typed are mostly the words.
   */
  List<Abbreviations.Definition> abbreviations() {
    List<Abbreviations.Definition> out = new ArrayList<>();
    definitions.forEach((shortForm, longForms) -> {
      if (!EnglishWords.contains(shortForm)) {
        longForms.forEach((longForm, n) -> {
          if (n >= Tunables.get("abbreviation-definitions", MIN_DEFINITIONS)) {
            out.add(new Abbreviations.Definition(shortForm, longForm));
          }
        });
      }
    });
    return out;
  }

  /**
   * Whether an alias names its topic in queries. Not when it is an ordinary word of the text (a
   * one-word alias found in more than {@link #COMMON_ALIAS_SHARE} of the records: "ALL" of acute
   * lymphoblastic leukemia, "ChILD" of children's interstitial lung disease, "Drugs" of
   * Medicines), nor when analysis leaves one word of several ("AS syndrome" and "THE syndrome"
   * would be named by every "syndrome"), nor when it is one letter ("C" of cocaine would be the
   * "c" of "C-pap").
   */
  private static boolean aliasNames(String alias, List<String> tokens, Map<String, Float> common) {
    if (tokens.size() != 1) {
      return true;
    }
    if (tokens.get(0).length() == 1) {
      return false;
    }
    if (alias.strip().split("[\\s\\p{Punct}]+").length > 1) {
      return false;
    }
    return common.getOrDefault(tokens.get(0), 0f) <= COMMON_ALIAS_SHARE;
  }

  /**
   * How many words of a name of several words are in more than {@link #GENERIC_NAME_WORD_SHARE}
   * of the records' text: "disease" of "Autoimmune Diseases" makes the name no more specific, so
   * "is uveitis an autoimmune disease" names both subjects alike.
   */
  private static int genericWords(List<String> tokens, Map<String, Float> common) {
    if (tokens.size() < 2) {
      return 0;
    }
    int generic = 0;
    for (String t : tokens) {
      generic += common.getOrDefault(t, 0f) > GENERIC_NAME_WORD_SHARE ? 1 : 0;
    }
    return generic;
  }

  /**
   * The words of the text in more than the smaller of {@link #COMMON_ALIAS_SHARE} and {@link
   * #GENERIC_NAME_WORD_SHARE} of the records, with their share, read in one pass over the terms;
   * none in a small index (under {@link LuceneQueries#MIN_COMMON_RECORDS} records).
   */
  private static Map<String, Float> commonWords(IndexReader reader) throws IOException {
    Map<String, Float> out = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null || reader.maxDoc() < LuceneQueries.MIN_COMMON_RECORDS) {
      return out;
    }
    float least = Math.min(COMMON_ALIAS_SHARE, GENERIC_NAME_WORD_SHARE);
    TermsEnum te = terms.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      float share = te.docFreq() / (float) reader.maxDoc();
      if (share > least) {
        out.put(t.utf8ToString(), share);
      }
    }
    return out;
  }

  /** The query's words that are part of a run naming a topic ("sleep" and "apnea" in "is sleep apnea fatal"). */
  Set<String> namedWords(List<String> tokens) {
    Set<String> out = new HashSet<>();
    forEachNamingRun(tokens, (start, run, ids) -> out.addAll(run));
    return out;
  }

  /**
   * Topics whose whole name is a run of the query's words; each topic once, with its longest run
   * ({@link Named}): a token of {@code joined} stands for two words ("heartburn" for "heart burn").
   * A topic that shares a name of two or more words with a mentioned one (a name of at most
   * {@code kinShared} topics) is mentioned too: "dvt", the alias of one source's "Deep Vein
   * Thrombosis", also names another source's topic of that title, which does not list the abbreviation.
   * An acronym alias that is also an English word ("CAR" of Carney complex, "PAP" of pulmonary
   * alveolar proteinosis, "MEN" of multiple endocrine neoplasia) names its topic only when typed in
   * capitals, which {@code capitals} holds (analysed): "car accident" names no Carney complex.
   */
  Map<String, Named> mentions(List<String> tokens, Set<String> joined, int kinShared, Set<String> capitals) {
    Map<String, Named> out = new LinkedHashMap<>();
    forEachNamingRun(tokens, (start, run, ids) -> {
      if (run.size() == 1 && wordAcronyms.contains(run.get(0)) && !capitals.contains(run.get(0))) {
        return;
      }
      int words = run.size() + (int) run.stream().filter(joined::contains).count();
      int generic = run.size() > 1 ? genericWords.getOrDefault(String.join(" ", run), 0) : 0;
      Named named = new Named(words, Math.max(1, words - generic));
      for (String id : ids) {
        out.putIfAbsent(id, named);
      }
      for (String id : ids) {
        for (String name : namesOf.getOrDefault(id, List.of())) {
          List<String> kin = byName.get(name);
          // A one-word name is often an abbreviation of several things ("amd": age-related macular
          // degeneration, and acid maltase deficiency), so it links nothing.
          if (kin.size() <= kinShared && name.indexOf(' ') > 0) {
            kin.forEach(k -> out.putIfAbsent(k, named));
          }
        }
      }
    });
    return out;
  }

  /** A run of a query's tokens that is the whole name of {@code ids}, from index {@code start}. */
  interface NamingRun {
    void accept(int start, List<String> run, List<String> ids);
  }

  /** A word of at most three letters after a number is a unit: "5 mg" is no myasthenia gravis ("MG"). */
  private static boolean unitAfterNumber(List<String> tokens, int i) {
    if (i == 0 || tokens.get(i).length() > MAX_UNIT_LETTERS) {
      return false;
    }
    String before = tokens.get(i - 1);
    if (!Character.isDigit(before.charAt(0))) {
      return false;
    }
    for (int c = 0; c < before.length(); c++) {
      char ch = before.charAt(c);
      if (!Character.isDigit(ch) && ch != '.' && ch != ',') {
        return false;
      }
    }
    return true;
  }

  /** Each run of {@code tokens} that is some topic's whole name, with those topics: longest runs first. */
  void forEachNamingRun(List<String> tokens, NamingRun action) {
    List<String> rooted = null;
    for (int n = Math.min(MAX_WORDS, tokens.size()); n >= 1; n--) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        List<String> ids = byName.get(String.join(" ", tokens.subList(i, i + n)));
        if (ids == null && n > 1) {
          // "streptococcus infection" names Streptococcal Infections
          rooted = rooted == null ? tokens.stream().map(TopicNames::root).toList() : rooted;
          ids = byRoot.get(String.join(" ", rooted.subList(i, i + n)));
        }
        if (ids != null && n == 1 && unitAfterNumber(tokens, i)) {
          continue;
        }
        if (ids != null) {
          action.accept(i, tokens.subList(i, i + n), ids);
        }
      }
    }
  }

  /**
   * The analysed words of a name, each without the first of {@link #ROOT_SUFFIXES} it ends with
   * where at least {@link #MIN_ROOT} letters are left: "streptococcal" and "streptococcus" are
   * both "streptococc", "diabetic" and "diabetes" "diabet".
   */
  static String roots(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      b.append(b.length() == 0 ? "" : " ").append(root(t));
    }
    return b.toString();
  }

  private static String root(String word) {
    for (String suffix : ROOT_SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
