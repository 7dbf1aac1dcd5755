package org.medsearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.medsearch.index.EnglishWords;
import org.medsearch.index.Schema;
import org.medsearch.search.QueryNode.Clause;
import org.medsearch.search.QueryNode.Group;

/**
 * Turns parsed user queries into Lucene queries over weighted fields: each word is the best
 * of its matches in title, aliases, topic names and body (a dismax with a small tie so a word
 * found in several fields counts a little more), so titles outrank passing mentions.
 */
final class LuceneQueries {
  /** Field weights: a record's own title above its topic's aliases, above the running text. */
  static final Map<String, Float> WEIGHTS = Map.of(
      Schema.TITLE, 1.0f,
      Schema.ALIASES, 2.5f,
      Schema.TOPIC_NAMES, 1.2f,
      Schema.BODY, 1.0f);
  static final float TIE = 0.1f;
  /** Bounds what a prefix may expand to, scored by the best-scoring terms only. */
  static final int MAX_EXPANSIONS = 64;
  /** Fields a user may name before a colon in the search box. */
  static final Set<String> USER_FIELDS = Set.of("title", "text");

  /** Boost for records of a topic the query names, per word of the name (see {@link TopicNames}). */
  static final float MENTION_BOOST = 6.0f;
  /**
   * Words of a name counted at most: "can chronic kidney disease cause gout" names both topics, and
   * the three-word name does not make it three times the subject (original-form MRR@10 .599 ->
   * .604; no cap/3/2/1: .599/.599/.604/.610, but 1 costs the paraphrase nDCG .003 and foci MRR .005).
   */
  static final int MENTION_WORDS = 2;
  /**
   * A name of two or more words shared by at most this many topics makes them one subject: a query
   * naming one of them (by any of its names) mentions them all. MedQuAD has up to five sources on
   * one disease, each with its own aliases ("dvt treatment": the treatments section of the topic
   * without the alias now leads). Any bound of 2 to 100 gave the same figures (paraphrase MRR@10
   * .632 -> .637, original .604 -> .612, foci .551 -> .554); 1 turns it off. One-word names linked
   * too gave original MRR .616 but made "persistent depressive disorder" name Camurati-Engelmann
   * disease (both are "PDD").
   */
  static final int KIN_SHARED = 6;
  /** Boost for the topic record itself when the whole query is the topic's name or alias. */
  static final float NAME_BOOST = 20.0f;
  /** Boost for two query words found near each other (slop {@link #PROXIMITY_SLOP}) in the body. */
  static final float PROXIMITY_BOOST = 0.5f;
  /** Neighbouring word pairs of a long question checked for proximity, from its start ({@code pairs}). */
  static final int PROXIMITY_PAIRS = 16;
  static final int PROXIMITY_SLOP = 3;
  /** Weight of a synonym or lay-term expansion relative to the words typed. */
  static final float SYNONYM_WEIGHT = 0.5f;
  /**
   * Weight of the equivalents when the whole query is one listed phrase of two or more words
   * ("bloody nose": "nosebleed", "epistaxis"; it led with *Potato nose* at 0.5). A one-word term
   * ("CJD") is specific as typed and keeps 0.5 (with one-word terms too, 0.5/0.75/1 gave LiveQA
   * foci nDCG@10 .6415/.6436/.6396; for phrases of several words alone the LiveQA figures are the
   * same at each).
   */
  static final float WHOLE_PHRASE_WEIGHT = 0.75f;
  /** Weight of a word the query splits in two ("rib cage") as the one word the index knows ("ribcage"). */
  static final float JOIN_WEIGHT = 1.0f;
  /** Share of the records above which a word is common: it adds to a score but matches nothing alone. */
  static final float COMMON_SHARE = 0.1f;
  /** Below this many records in the index, no word is common. */
  static final int MIN_COMMON_RECORDS = 1000;
  /**
   * In a query of more than {@link #LONG_QUERY_WORDS} words (a message, not a search-box query),
   * the first {@link #LEAD_WORDS} count this much more: a subject line or an opening "I have X"
   * names what the rest of the message tells about (LiveQA original messages: MRR@10 .585 -> .597).
   */
  static final float LEAD_BOOST = 0.5f;
  static final int LEAD_WORDS = 4;
  static final int LONG_QUERY_WORDS = 12;
  /** Boost for a record whose heading names the kind of answer the question asks for. */
  static final float QUESTION_TYPE_BOOST = 4f;
  /**
   * In a message of more than {@link #LONG_QUERY_WORDS} words, a word counts once more when this
   * share of the records has it, ten times less when ten times as many do: BM25's logarithmic IDF
   * lets a long message's many everyday words outweigh the one word few records have. On MedQuAD
   * (24,080 records) 1/3,000 is 8 records; 4/6/8/10/12/16/32 records gave original nDCG@10
   * .7290/.7340/.7359/.7369/.7375/.7438/.7480 and MRR@10 .6323/.6396/.6420/.6371/.6323/.6370/.6311
   * (from .7226/.6323), paraphrase nDCG .7532-.7573 (from .7516), MRR .6658 from 4 to 12 (.6706).
   */
  static final float RARE_SHARE = 1f / 3000;
  /** The least extra weight given: a word in more than 30 times the share adds no clause. */
  static final double MIN_RARE_LIFT = 1.0 / 30;
  /**
   * As much again when the heading's topic is named after the word that asks: "can diabetes
   * cause glaucoma" asks for the causes of glaucoma, not of diabetes (paraphrase MRR@10 .616 -> .632;
   * sweep 1/2/3/4/6/8/12: .616/.621/.627/.632/.637/.630/.620).
   */
  static final float QUESTION_ABOUT_BOOST = 4f;
  /**
   * Lift per unit of strength for the kinds of answer the query's words point at
   * ({@link KindModel}), the strength capped at {@link #KIND_CAP}. Sweep 0/0.5/0.75/1/1.25/1.5/2
   * gave paraphrase nDCG@10 .728/.734/.736/.736/.737/.737/.736 and MRR@10
   * .637/.642/.642/.646/.646/.646/.646, original MRR .612/.618/.612/.618/.618/.618/.617: a
   * plateau from 0.75, and 1 is in it.
   */
  static final float KIND_WEIGHT = 1f;
  /** The most a kind's strength counts (the strongest words reach about 2.9): half the lift of a word that asks ({@link #QUESTION_TYPE_BOOST}). */
  static final float KIND_CAP = 2f;

  private final Analyzer analyzer;
  private final Set<String> questionWords;
  private final Synonyms listed;
  /** The listed groups and the abbreviations the indexed text defines. */
  private Synonyms synonyms;
  private final QuestionTypes questionTypes;
  private TopicNames names;
  private KindModel kindModel;
  private Spelling spelling;
  private IndexReader reader;
  /** Term lookups of the generation, once for all searches (null without statistics). */
  private TermCache terms;

  LuceneQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.questionWords = QuestionWords.load(this);
    this.listed = new Synonyms(this);
    this.synonyms = listed;
    this.questionTypes = new QuestionTypes(this);
  }

  /** Recognises topic names in queries, and expands the abbreviations the text defines, from now on. */
  void useTopicNames(TopicNames topicNames) {
    this.names = topicNames;
    this.synonyms = listed.withAbbreviations(topicNames.abbreviations(), this);
  }

  /** Reads how common each word is from {@code statistics} from now on. */
  void useStatistics(IndexReader statistics, TermCache lookups) {
    this.reader = statistics;
    this.terms = lookups;
  }

  /** Lifts the kinds of answer the query's words point at, as {@code model} learnt them, from now on. */
  void useKindModel(KindModel model) {
    this.kindModel = model;
  }

  /** The kinds of answer {@link KindModel} learns, each by its heading words. */
  List<List<String>> answerKinds() {
    return questionTypes.kinds();
  }

  /** A query for one term; its dictionary lookup shared by all searches of the generation. */
  private Query term(Term t) {
    return terms == null ? new TermQuery(t) : terms.query(t);
  }

  /** Corrects words the index does not know from now on. */
  void useSpelling(Spelling corrector) {
    this.spelling = corrector;
  }

  /**
   * The ranking query: the words' BM25 matches over the weighted fields are required (at least
   * one of the optional words), and two signals reorder them: the records of a topic whose
   * name the query mentions, and query words that stand near each other in the text.
   */
  Query build(String q) {
    return plan(q).query();
  }

  /**
   * The ranking query as the sums it is made of, for {@link DenseScoring}: a record matches when
   * it matches one of {@code core} or of {@code widening}; its score is the sum of the scores of
   * the {@code core} and {@code widening} queries it matches, of the {@code gatedByCore} ones when
   * it matches one of {@code core}, and of the {@code gatedByAll} ones (it matches). That is what
   * the nested query of the plan computes, spelled out so that each part can be scored on its own.
   */
  record Parts(List<Query> core, List<Query> gatedByCore, List<Query> widening, List<Query> gatedByAll) {}

  /**
   * {@code rescore} in parts, the same sums: the proximity pairs, scored from the term cache
   * ({@link ProximityPairs}); the lift of each kind of answer the words point at
   * ({@code kindLift}, by kind), read from the heading table of {@code kinds} (null when there is
   * no lift); and the rest as a query ({@code others}, null when there is none).
   */
  record Rescore(Query others, ProximityPairs pairs, KindModel kinds, float[] kindLift) {}

  /**
   * The ranking query; the signals that only reorder its best hits ({@code rescore}, null when
   * there are none: proximity pairs and expansions of common words, whose matches the ranking
   * query finds anyway), added to the scores of the top {@link #RESCORE_WINDOW}; and the
   * corrections made to words the index does not know; the same sums taken apart for
   * {@link DenseScoring} ({@code parts}) and for {@link ProximityPairs} ({@code split}), null where
   * they do not apply.
   */
  record Plan(Query query, Query rescore, Map<String, String> corrections, Parts parts, Rescore split) {
    Plan(Query query, Query rescore, Map<String, String> corrections) {
      this(query, rescore, corrections, null, null);
    }

    /** Everything the plan looks for, to mark in snippets. */
    Query marked() {
      return rescore == null ? query : new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD)
          .add(rescore, BooleanClause.Occur.SHOULD).build();
    }
  }

  /**
   * Hits that get the small reordering signals. They add at most a few points, so no hit from
   * below the first hundred reaches the first page; computing them for every match was a third
   * of a search's CPU.
   */
  static final int RESCORE_WINDOW = 100;

  Plan plan(String q) {
    return plan(q, false);
  }

  /**
   * As {@link #plan(String)}; with {@code correctWords}, English words the index does not have
   * are corrected too ("tonsilitis", a variant spelling, to "tonsillitis"): for a query that found
   * nothing as typed, where an English word cannot be told from a misspelling by the dictionary.
   */
  Plan plan(String q, boolean correctWords) {
    Map<String, String> corrections = new LinkedHashMap<>();
    if (q.isBlank()) {
      return new Plan(new MatchAllDocsQuery(), null, corrections);
    }
    Group parsed = QuerySyntax.parse(q, USER_FIELDS);
    List<String> words = new ArrayList<>();
    positiveWords(parsed, words);
    List<String> typedParts = new ArrayList<>();
    for (String w : words) {
      for (String part : WORD_BREAK.split(w)) {
        if (!part.isEmpty()) {
          typedParts.add(part.toLowerCase(Locale.ROOT));
        }
      }
    }
    Query core = group(parsed, List.copyOf(WEIGHTS.keySet()), corrections,
        new Spelling.Budget(Spelling.LOOKUPS_PER_QUERY, correctWords, typedParts));
    if (core == null) {
      return new Plan(new MatchNoDocsQuery("the query has no searchable words"), null, corrections);
    }
    String typed = corrected(String.join(" ", words), corrections);
    List<String> tokens = contentTokens(typed);
    List<String> joins = joins(typed);
    // Topic names may be written as one word where the query has two ("ribcage pain").
    Set<String> capitals = inCapitals(words);
    Map<String, TopicNames.Named> mentions = names == null ? Map.of() : names.mentions(tokens, Set.of(), kinShared(), capitals);
    if (mentions.isEmpty() && names != null && Tunables.get("laynames", 1) > 0) {
      // The whole query is a listed lay term that names no topic ("lockjaw"): the topics its
      // equivalents name ("tetanus") are what it names.
      Map<String, TopicNames.Named> meant = new LinkedHashMap<>();
      for (List<String> equivalent : synonyms.equivalents(tokens)) {
        names.mentions(equivalent, Set.of(), kinShared(), Set.of()).forEach((id, n) -> meant.merge(id, n, TopicNames.Named::max));
      }
      mentions = meant;
    }
    List<Query> coreParts = new ArrayList<>();
    List<Query> gatedByCore = new ArrayList<>();
    List<Query> widening = new ArrayList<>();
    Set<String> namedWords = names == null ? Set.of() : names.namedWords(tokens);
    Query split = commonWordsOnlyScore(core, namedWords);
    if (split != core) {
      // MUST(the rarer words) SHOULD(the common ones)
      BooleanQuery bq = (BooleanQuery) split;
      ((BooleanQuery) bq.clauses().get(0).getQuery()).clauses().forEach(c -> coreParts.add(c.getQuery()));
      bq.clauses().subList(1, bq.clauses().size()).forEach(c -> gatedByCore.add(c.getQuery()));
    } else if (core instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
      bq.clauses().forEach(c -> coreParts.add(c.getQuery()));
    } else {
      coreParts.add(core);
    }
    core = split;
    List<Query> scoreOnly = new ArrayList<>();
    Query withSynonyms = withSynonyms(core, parsed, tokens, joins, scoreOnly);
    if (withSynonyms != core) {
      // (MUST or SHOULD)(the core) SHOULD(the synonyms and joined words): optional, they widen it
      BooleanQuery bq = (BooleanQuery) withSynonyms;
      List<Query> alongside = widening;
      if (bq.clauses().get(0).getOccur() != BooleanClause.Occur.SHOULD) {
        alongside = gatedByCore;
      }
      for (BooleanClause c : bq.clauses().subList(1, bq.clauses().size())) {
        alongside.add(c.getQuery());
      }
    }
    core = withSynonyms;
    if (!joins.isEmpty() && names != null) {
      // A topic named by the joined word ("heartburn") covers both typed words ("heart burn").
      Set<String> joinedTokens = Set.copyOf(analyze(String.join(" ", joins)));
      Map<String, TopicNames.Named> all = new LinkedHashMap<>(names.mentions(contentTokens(joined(typed, joins)), joinedTokens, kinShared(), capitals));
      mentions.forEach((id, n) -> all.merge(id, n, TopicNames.Named::max));
      mentions = all;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(core, BooleanClause.Occur.MUST);
    if (names != null && Tunables.get("mention", MENTION_BOOST) > 0) {
      mentions.forEach((topicId, n) -> {
        b.add(new BoostQuery(new ConstantScoreQuery(term(new Term(Schema.TOPIC_ID, topicId))),
            Tunables.get("mention", MENTION_BOOST) * Math.min(n.specific(), (int) Tunables.get("mentioncap", MENTION_WORDS))),
            BooleanClause.Occur.SHOULD);
        if (n.words() == tokens.size()) {
          // The query is the topic's name ("myoclonus", "cjd"): its topic record leads.
          b.add(new BoostQuery(new ConstantScoreQuery(term(new Term(Schema.ID, topicId))), NAME_BOOST),
              BooleanClause.Occur.SHOULD);
        }
      });
    }
    float lead = Tunables.get("lead", LEAD_BOOST);
    if (lead > 0 && tokens.size() > LONG_QUERY_WORDS) {
      // A long message: the words it opens with, where people say what they ask about, count more.
      for (String t : new LinkedHashSet<>(tokens.subList(0, LEAD_WORDS))) {
        Query leadWord = text(t, List.copyOf(WEIGHTS.keySet()));
        if (leadWord != null) {
          b.add(new BoostQuery(leadWord, lead), BooleanClause.Occur.SHOULD);
        }
      }
    }
    float rare = Tunables.get("rare", RARE_SHARE);
    if (rare > 0 && terms != null && tokens.size() > LONG_QUERY_WORDS) {
      // A long message: the words few records have (a drug, a rare condition named in passing)
      // are what it is about, more than plain BM25 tells from the other words.
      double records = rare * terms.maxDoc();
      for (String t : new LinkedHashSet<>(tokens)) {
        int df = terms.docFreq(new Term(Schema.BODY, t));
        Query word = df > 0 && records / df >= MIN_RARE_LIFT ? text(t, List.copyOf(WEIGHTS.keySet())) : null;
        if (word != null) {
          b.add(new BoostQuery(word, (float) (records / df)), BooleanClause.Occur.SHOULD);
        }
      }
    }
    float qtype = Tunables.get("qtype", QUESTION_TYPE_BOOST);
    if (qtype > 0) {
      List<String> asked = analyze(String.join(" ", words));
      questionTypes.headingWords(asked, topicsNamedAfter(asked)).forEach((w, about) -> {
        // A heading names the kind of answer, not the topic: "What are the treatments for
        // Substance use - prescription drugs" is no dosage ("use") section.
        Query heading = new BooleanQuery.Builder().add(term(new Term(Schema.TITLE, w)), BooleanClause.Occur.FILTER)
            .add(term(new Term(Schema.TOPIC_NAMES, w)), BooleanClause.Occur.MUST_NOT).build();
        b.add(new BoostQuery(new ConstantScoreQuery(heading), qtype), BooleanClause.Occur.SHOULD);
        if (!about.isEmpty()) {
          BooleanQuery.Builder of = new BooleanQuery.Builder();
          about.forEach(id -> of.add(term(new Term(Schema.TOPIC_ID, id)), BooleanClause.Occur.SHOULD));
          Query ofTopic = new BooleanQuery.Builder().add(heading, BooleanClause.Occur.FILTER)
              .add(of.build(), BooleanClause.Occur.FILTER).build();
          b.add(new BoostQuery(new ConstantScoreQuery(ofTopic), Tunables.get("qafter", QUESTION_ABOUT_BOOST)),
              BooleanClause.Occur.SHOULD);
        }
      });
    }
    BooleanQuery.Builder reorder = new BooleanQuery.Builder();
    BooleanQuery.Builder others = new BooleanQuery.Builder();
    List<ProximityPairs.Pair> pairs = new ArrayList<>();
    scoreOnly.forEach(extra -> {
      reorder.add(extra, BooleanClause.Occur.SHOULD);
      others.add(extra, BooleanClause.Occur.SHOULD);
    });
    float[] kindLift = kindLift(tokens, namedWords);
    if (kindLift != null) {
      // In the rescoring's Lucene form; its split form reads the headings' kinds from a table.
      for (int k = 0; k < kindLift.length; k++) {
        if (kindLift[k] > 0) {
          BooleanQuery.Builder heading = new BooleanQuery.Builder();
          questionTypes.kinds().get(k).forEach(w -> heading.add(term(new Term(Schema.TITLE, w)), BooleanClause.Occur.SHOULD));
          reorder.add(new BoostQuery(new ConstantScoreQuery(heading.build()), kindLift[k]), BooleanClause.Occur.SHOULD);
        }
      }
    }
    float proximity = Tunables.get("proximity", PROXIMITY_BOOST);
    if (proximity > 0) {
      for (int i = 0; i + 1 < tokens.size() && i < (int) Tunables.get("pairs", PROXIMITY_PAIRS); i++) {
        PhraseQuery pair = new PhraseQuery(PROXIMITY_SLOP, Schema.BODY, tokens.get(i), tokens.get(i + 1));
        reorder.add(new BoostQuery(pair, proximity), BooleanClause.Occur.SHOULD);
        if (tokens.get(i).equals(tokens.get(i + 1))) {
          others.add(new BoostQuery(pair, proximity), BooleanClause.Occur.SHOULD);
        } else {
          pairs.add(new ProximityPairs.Pair(new Term(Schema.BODY, tokens.get(i)), new Term(Schema.BODY, tokens.get(i + 1)),
              proximity));
        }
      }
    }
    BooleanQuery rescore = reorder.build();
    BooleanQuery othersQuery = others.build();
    boolean rescoring = Tunables.get("rescore", 1) != 0;
    if (!rescoring) {
      rescore.clauses().forEach(c -> b.add(c.getQuery(), BooleanClause.Occur.SHOULD));
    }
    BooleanQuery query = b.build();
    List<Query> gatedByAll = new ArrayList<>();
    query.clauses().subList(1, query.clauses().size()).forEach(c -> gatedByAll.add(c.getQuery()));
    Parts parts = new Parts(coreParts, gatedByCore, widening, gatedByAll);
    boolean rescored = rescoring && !rescore.clauses().isEmpty();
    return new Plan(query, rescored ? rescore : null, corrections, parts,
        rescored ? new Rescore(othersQuery.clauses().isEmpty() ? null : othersQuery,
            new ProximityPairs(pairs, PROXIMITY_SLOP), kindLift == null ? null : kindModel, kindLift) : null);
  }

  /**
   * The lift of each kind of answer the query's words point at ({@link KindModel}), each kind by
   * its strongest word, not counting the words of a topic's name ("hepatitis" is no kind of
   * answer); null when none.
   */
  private float[] kindLift(List<String> tokens, Set<String> namedWords) {
    float weight = Tunables.get("kinds", KIND_WEIGHT);
    if (kindModel == null || weight <= 0) {
      return null;
    }
    float[] lift = null;
    for (String t : tokens) {
      if (namedWords.contains(t)) {
        continue;
      }
      for (KindModel.Pointer p : kindModel.pointers(t)) {
        lift = lift == null ? new float[questionTypes.kinds().size()] : lift;
        lift[p.kind()] = Math.max(lift[p.kind()], weight * Math.min(KIND_CAP, p.strength()));
      }
    }
    return lift;
  }

  private static int kinShared() {
    return (int) Tunables.get("kin", KIN_SHARED);
  }

  /**
   * For each position of {@code asked} (analysed, question words among them), the topics named
   * after it: the naming runs of its words are found once, not once per position.
   */
  private IntFunction<Set<String>> topicsNamedAfter(List<String> asked) {
    if (names == null || Tunables.get("qafter", QUESTION_ABOUT_BOOST) == 0) {
      return i -> Set.of();
    }
    List<String> content = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      if (!questionWords.contains(asked.get(i))) {
        content.add(asked.get(i));
        at.add(i);
      }
    }
    Map<String, Integer> lastStart = new LinkedHashMap<>();
    names.forEachNamingRun(content, (start, run, ids) -> ids.forEach(id -> lastStart.merge(id, at.get(start), Math::max)));
    return i -> {
      Set<String> out = new LinkedHashSet<>();
      lastStart.forEach((id, start) -> {
        if (start > i) {
          out.add(id);
        }
      });
      return out;
    };
  }

  /**
   * Adds the synonym and lay-term expansions of the query's words as optional alternatives, so
   * that "singultus" finds pages that say "hiccups", and the one-word forms of split words
   * ({@code joins}). When the query requires words (AND, +), the expansions only reorder what those
   * find. An expansion made only of common words goes to {@code scoreOnly}: it reorders, and finds
   * nothing alone.
   */
  private Query withSynonyms(Query core, Group parsed, List<String> tokens, List<String> joins, List<Query> scoreOnly) {
    float w = Tunables.get("synonym", SYNONYM_WEIGHT);
    if (tokens.size() > 1 && !synonyms.equivalents(tokens).isEmpty()) {
      // The whole query is one listed phrase of several words, each of them alone weak evidence
      // ("bloody", "nose"): its equivalents are the words the pages use for it.
      w = Math.max(w, Tunables.get("whole", WHOLE_PHRASE_WEIGHT));
    }
    List<List<String>> alternatives = w > 0 ? synonyms.expansions(tokens) : List.of();
    if (alternatives.isEmpty() && joins.isEmpty()) {
      return core;
    }
    boolean allOptional = parsed.clauses().stream().allMatch(c -> c.occur() == QueryNode.Occur.SHOULD);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(core, allOptional ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
    for (List<String> phrase : alternatives.subList(0, Math.min(8, alternatives.size()))) {
      Query q = text(String.join(" ", phrase), List.copyOf(WEIGHTS.keySet()));
      if (q == null) {
        continue;
      }
      if (phrase.stream().allMatch(this::isCommon)) {
        // Like a common word of the query: it adds to a score, and finds nothing alone.
        scoreOnly.add(new BoostQuery(q, w));
        continue;
      }
      b.add(new BoostQuery(q, w), BooleanClause.Occur.SHOULD);
    }
    for (String joined : joins) {
      Query q = text(joined, List.copyOf(WEIGHTS.keySet()));
      if (q != null) {
        b.add(new BoostQuery(q, Tunables.get("join", JOIN_WEIGHT)), BooleanClause.Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** {@code text} with each pair of words written as the one word of {@code joins}. */
  private static String joined(String text, List<String> joins) {
    String out = text;
    for (String j : joins) {
      for (int cut = 3; cut <= j.length() - 3; cut++) {
        out = out.replaceAll("(?i)(?<![\\p{L}])" + Pattern.quote(j.substring(0, cut)) + "[^\\p{L}]+"
            + Pattern.quote(j.substring(cut)) + "(?![\\p{L}])", j);
      }
    }
    return out;
  }

  /** Words the query splits in two that the index knows as one ("rib cage": "ribcage"), at most 8. */
  private List<String> joins(String text) {
    if (spelling == null || Tunables.get("join", JOIN_WEIGHT) <= 0) {
      return List.of();
    }
    String[] typed = text.split("[^\\p{L}]+");
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < typed.length && out.size() < 8 && i < 32; i++) {
      spelling.joined(typed[i], typed[i + 1]).filter(j -> !questionWords.containsAll(analyze(j))).ifPresent(out::add);
    }
    return out;
  }

  /**
   * In a query of several optional words, the words found in a large share of the records
   * ("people", "symptoms", "disease") no longer match on their own: a record must have one of the
   * rarer words, and the common ones add to its score as before. Records that have only common
   * words were the tail of the ranking, and scoring them was most of a long question's cost (the
   * idea of Lucene's CommonTermsQuery). Words of a topic name the query mentions ({@code named})
   * are never common, nor is any word in an index of fewer than {@link #MIN_COMMON_RECORDS}
   * records; a query made only of common words is left as it is.
   */
  private Query commonWordsOnlyScore(Query core, Set<String> named) {
    if (commonLimit() == Long.MAX_VALUE || !(core instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0
        || bq.clauses().size() < 2 || bq.clauses().stream().anyMatch(c -> c.getOccur() != BooleanClause.Occur.SHOULD)) {
      return core;
    }
    long limit = commonLimit();
    List<Query> rare = new ArrayList<>();
    List<Query> common = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      (!isNamed(c.getQuery(), named) && bodyDocFreq(c.getQuery()) > limit ? common : rare).add(c.getQuery());
    }
    if (rare.isEmpty() || common.isEmpty()) {
      return core;
    }
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    rare.forEach(q -> required.add(q, BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(required.build(), BooleanClause.Occur.MUST);
    common.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  private static boolean isNamed(Query q, Set<String> named) {
    boolean[] found = {false};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          found[0] |= named.contains(t.text());
        }
      }
    });
    return found[0];
  }

  /** Records a word may be in and not be common; none is common in a small index (or without statistics). */
  private long commonLimit() {
    float share = Tunables.get("common", COMMON_SHARE);
    return reader == null || share <= 0 || reader.numDocs() < MIN_COMMON_RECORDS ? Long.MAX_VALUE
        : (long) (share * reader.numDocs());
  }

  private boolean isCommon(String token) {
    return reader != null && terms.docFreq(new Term(Schema.BODY, token)) > commonLimit();
  }

  /** The most records any of the query's body terms is found in. */
  private int bodyDocFreq(Query q) {
    int[] max = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... found) {
        for (Term t : found) {
          if (t.field().equals(Schema.BODY)) {
            max[0] = Math.max(max[0], terms.docFreq(t));
          }
        }
      }
    });
    return max[0];
  }

  /** {@code text} with each corrected word replaced by its correction, matching whole words only, any case. */
  static String corrected(String text, Map<String, String> corrections) {
    String out = text;
    for (Map.Entry<String, String> c : corrections.entrySet()) {
      out = out.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(c.getKey()) + "(?![\\p{L}\\p{N}])",
          Matcher.quoteReplacement(c.getValue()));
    }
    return out;
  }

  /** The plain words and phrases the query asks for (not the excluded ones, not fielded ones). */
  private static void positiveWords(Group g, List<String> out) {
    for (Clause c : g.clauses()) {
      if (c.occur() == QueryNode.Occur.MUST_NOT) {
        continue;
      }
      if (c.node() instanceof QueryNode.Word w && !w.prefix()) {
        out.add(w.text());
      } else if (c.node() instanceof QueryNode.Phrase p) {
        out.add(p.text());
      } else if (c.node() instanceof Group inner) {
        positiveWords(inner, out);
      }
    }
  }

  /** Analysed tokens without question phrasing ("what", "please", "thank"), unless nothing else is left. */
  List<String> contentTokens(String text) {
    List<String> tokens = analyze(text);
    List<String> content = tokens.stream().filter(t -> !questionWords.contains(t)).toList();
    return content.isEmpty() ? tokens : content;
  }

  private Query group(Group g, List<String> fields, Map<String, String> corrections, Spelling.Budget budget) {
    return FieldQueries.group(g, n -> node(n, fields, corrections, budget));
  }

  private Query node(QueryNode n, List<String> fields, Map<String, String> corrections, Spelling.Budget budget) {
    if (n instanceof QueryNode.Group g) {
      return group(g, fields, corrections, budget);
    }
    if (n instanceof QueryNode.Word w) {
      if (w.prefix()) {
        return prefix(w.text(), fields);
      }
      List<String> tokens = analyze(w.text());
      return tokens.size() == 1 && questionWords.contains(tokens.get(0)) ? null : word(w.text(), fields, corrections, budget);
    }
    if (n instanceof QueryNode.Phrase p) {
      return text(p.text(), fields);
    }
    if (n instanceof QueryNode.Fielded f) {
      List<String> only = switch (f.field()) {
        case "title" -> List.of(Schema.TITLE, Schema.ALIASES);
        default -> List.of(Schema.BODY);
      };
      return node(f.value(), only, corrections, budget);
    }
    if (n instanceof QueryNode.Range r) {
      return text(r.from() + " " + r.to(), fields);
    }
    throw new IllegalStateException("unknown query node " + n);
  }

  /**
   * One typed word. A compound ("post-hypoxic", "Beckwith-Wiedemann") matches by any of its
   * parts, and better when they stand together; a misspelt word the index has never seen matches
   * its spelling correction instead ("Wieddeman" finds "wiedemann"; "walked" and "retired" are
   * words, not misspellings: {@link #notMisspelt}), and one the text itself has a few times
   * matches both ("cardiomypathy").
   */
  private Query word(String text, List<String> fields, Map<String, String> corrections, Spelling.Budget budget) {
    List<String> parts = new ArrayList<>();
    Map<String, Query> typedToo = new HashMap<>();
    for (String part : WORD_BREAK.split(text)) {
      if (part.isEmpty()) {
        continue;
      }
      List<String> unglued = unglued(part);
      if (unglued.size() > 1) {
        // "Hydrslazine50", "33years": a word and a number typed together, neither known as one.
        List<String> each = new ArrayList<>();
        for (String piece : unglued) {
          String c = spelling == null || asTyped(piece, budget) ? null : spelling.correct(piece, budget).orElse(null);
          each.add(c == null ? piece : c);
        }
        corrections.put(part, String.join(" ", each));
        each.stream().filter(piece -> text(piece, fields) != null).forEach(parts::add);
        continue;
      }
      String corrected = spelling == null ? null : correction(part, budget);
      if (corrected != null && asTyped(part, budget)) {
        corrected = null;
      }
      Query original = text(part, fields);
      if (corrected == null) {
        if (original != null) {
          parts.add(part);
        }
        continue;
      }
      corrections.put(part, corrected);
      parts.add(corrected);
      if (original != null) {
        // A misspelling the text has too: its records are found as well.
        typedToo.put(corrected, original);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return orAsTyped(text(parts.get(0), fields), typedToo.get(parts.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String part : parts) {
      Query q = orAsTyped(text(part, fields), typedToo.get(part));
      if (q != null) {
        b.add(q, BooleanClause.Occur.SHOULD);
      }
    }
    Query together = text(String.join(" ", parts), fields);
    if (together != null) {
      b.add(together, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** What separates the parts of a typed word: a compound's hyphen, a slash, a bracket. */
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");

  /**
   * Records the text must write a correction next to a neighbouring typed word in, for the
   * neighbour to choose it ({@code context}; 0 turns the choice by neighbours off).
   */
  static final int MIN_CONTEXT_RECORDS = 2;

  /**
   * The correction of a typed word the index lacks, by the words typed around it where they
   * tell: of the spelling candidates, the one the text writes next to the word typed before or
   * after it in the most records, less a hundredfold for each edit more, as {@link Spelling}
   * weighs records alone ("gauher disease": "gaucher disease", not "gather"; "whiple disease":
   * "whipple", not "while"); where no candidate stands so in {@link #MIN_CONTEXT_RECORDS} records,
   * the likeliest alone. Null when there is no correction.
   */
  private String correction(String part, Spelling.Budget budget) {
    List<String> candidates = spelling.candidates(part, budget);
    int least = (int) Tunables.get("context", MIN_CONTEXT_RECORDS);
    if (candidates.size() < 2 || reader == null || least <= 0 || !budget.spendContext()) {
      return candidates.isEmpty() ? null : candidates.get(0);
    }
    String[] around = budget.around(part);
    List<String> before = around[0] == null ? List.of() : analyze(around[0]);
    List<String> after = around[1] == null ? List.of() : analyze(around[1]);
    if (before.isEmpty() && after.isEmpty()) {
      return candidates.get(0);
    }
    String w = part.toLowerCase(Locale.ROOT);
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (String c : candidates) {
      List<String> tokens = analyze(c);
      if (tokens.size() != 1) {
        continue;
      }
      int records = (before.isEmpty() ? 0 : spelling.together(before.get(before.size() - 1), tokens.get(0)))
          + (after.isEmpty() ? 0 : spelling.together(tokens.get(0), after.get(0)));
      double score = Math.log(records) - Edits.distance(w, c, 2) * Math.log(Spelling.EDIT_WORTH);
      if (records >= least && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best == null ? candidates.get(0) : best;
  }

  /** {@code corrected}, or the word as typed where the text has that too ({@code typed}, null when not). */
  private static Query orAsTyped(Query corrected, Query typed) {
    if (typed == null || corrected == null) {
      return corrected == null ? typed : corrected;
    }
    return new BooleanQuery.Builder().add(corrected, BooleanClause.Occur.SHOULD).add(typed, BooleanClause.Occur.SHOULD).build();
  }

  private static final Pattern GLUED = Pattern.compile("\\p{L}+\\p{N}+[\\p{L}\\p{N}]*|\\p{N}+\\p{L}+[\\p{L}\\p{N}]*");
  private static final Pattern RUN = Pattern.compile("\\p{L}+|\\p{N}+");

  /**
   * Words and numbers typed without a space ("Hydrslazine50", "33years", "zolmitriptan5mg") as
   * the runs of letters and digits, when the index does not know them as one term ("b12", "h1n1"
   * stay whole); else the word itself.
   */
  private List<String> unglued(String typed) {
    if (!GLUED.matcher(typed).matches() || terms == null) {
      return List.of(typed);
    }
    List<String> tokens = analyze(typed);
    if (tokens.size() != 1 || terms.docFreq(new Term(Schema.BODY, tokens.get(0))) > 0) {
      return List.of(typed);
    }
    List<String> runs = new ArrayList<>();
    Matcher m = RUN.matcher(typed);
    while (m.find()) {
      runs.add(m.group());
    }
    return runs;
  }

  /** Words analysed as one unit: one token is a term, several (a quoted phrase) a phrase. */
  private Query text(String text, List<String> fields) {
    return FieldQueries.bestField(FieldQueries.analyzed(analyzer, text), fields, LuceneQueries::weight,
        Tunables.get("tie", TIE), this::term);
  }

  /**
   * A prefix is matched as typed (case and accents folded) and, when that differs, as stemmed:
   * the index holds stems, so "myoclonus*" must also look for "myoclonu", its KStem form.
   */
  private Query prefix(String text, List<String> fields) {
    BytesRef normalized = analyzer.normalize(Schema.BODY, text);
    List<String> stemmed = analyze(text);
    BytesRef stem = stemmed.size() == 1 ? new BytesRef(stemmed.get(0)) : normalized;
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      for (BytesRef p : stem.equals(normalized) ? List.of(normalized) : List.of(normalized, stem)) {
        PrefixQuery pq = new PrefixQuery(new Term(field, p),
            new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        perField.add(new BoostQuery(pq, weight(field)));
      }
    }
    return new DisjunctionMaxQuery(perField, Tunables.get("tie", TIE));
  }

  private static float weight(String field) {
    return Tunables.get(field, WEIGHTS.get(field));
  }

  /**
   * Whether a word the spelling vocabulary lacks is a word all the same, not a misspelling: the
   * index knows the stem it analyses to ("walked": the text has "walk", so it is not "walker"),
   * or it, or its stem, is an English word ({@link EnglishWords}: "retired" is not "required").
   */
  private boolean notMisspelt(String word) {
    if (EnglishWords.contains(word.toLowerCase(Locale.ROOT))) {
      return true;
    }
    List<String> tokens = analyze(word);
    return tokens.size() == 1 && EnglishWords.contains(tokens.get(0)) || knownStem(word);
  }

  /**
   * Whether a word the index lacks stays as typed, not corrected: a word of the synonym list
   * ("covid" is no "cvid"), or one that is no misspelling ({@link #notMisspelt}), which for a query
   * that found nothing as typed ({@link Spelling.Budget#words}) means only a stem the index has.
   */
  private boolean asTyped(String word, Spelling.Budget budget) {
    return listed(word) || (budget.words ? knownStem(word) : notMisspelt(word));
  }

  /** Whether the word is one of the synonym list's ("covid": no misspelling of "cvid"). */
  private boolean listed(String word) {
    return synonyms != null && !synonyms.expansions(analyze(word)).isEmpty();
  }

  /** Whether the index has every word {@code word} analyses to ("walked": "walk"). */
  private boolean knownStem(String word) {
    List<String> tokens = analyze(word);
    if (tokens.isEmpty()) {
      return false;
    }
    for (String t : tokens) {
      if (terms == null || terms.docFreq(new Term(Schema.BODY, t)) <= Spelling.RARE_TYPED) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The analysed forms of the words typed in capitals ("PAP", "MEN"), two letters or more. */
  private Set<String> inCapitals(List<String> words) {
    Set<String> out = null;
    for (String w : words) {
      if (w.chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      for (String part : NOT_WORD.split(w)) {
        if (part.length() >= 2 && part.equals(part.toUpperCase(Locale.ROOT)) && part.chars().anyMatch(Character::isLetter)) {
          out = out == null ? new HashSet<>() : out;
          out.addAll(analyze(part));
        }
      }
    }
    return out == null ? Set.of() : out;
  }

  List<String> analyze(String text) {
    return FieldQueries.tokens(analyzer, text);
  }
}
