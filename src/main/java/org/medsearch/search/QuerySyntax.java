package org.medsearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medsearch.search.QueryNode.Clause;
import org.medsearch.search.QueryNode.Group;
import org.medsearch.search.QueryNode.Occur;

/**
 * Parses the query syntax of the search box: words, "phrases", AND / OR / NOT, +word and -word,
 * parentheses, prefix* and {@code field:value} for the fields the caller names. Any other
 * punctuation is plain text ("what is myoclonus?" is three words; '?' is no wildcard), so that
 * questions typed by people work, while broken syntax is an error that says where it is.
 *
 * <p>Words side by side are optional (ranked by how many match); AND makes both sides required:
 * {@code a b AND c} requires b and c. NOT and '-' exclude.
 *
 * <p>{@link #parseAllRequired} reads the same syntax the way PubMed and Europe PMC do: words side
 * by side are all required and OR binds looser than AND, so {@code a b OR c d} is
 * {@code (a AND b) OR (c AND d)}; the result is a group of required clauses, or of optional
 * groups of them when there was an OR.
 */
public final class QuerySyntax {
  public static final int MAX_LENGTH = 2_000;
  public static final int MAX_CLAUSES = 200;
  public static final int MIN_PREFIX = 2;
  /**
   * Each prefix expands to up to 64 terms in each searched field, and Lucene compiles an
   * automaton for each: 150 prefixes took more than a second. A search box needs a few.
   */
  public static final int MAX_PREFIXES = 10;

  private final Set<String> fields;
  private final boolean allRequired;
  private boolean shouting;
  private String input;
  private int at;
  private int clauseCount;
  private int prefixCount;

  private QuerySyntax(Set<String> fields, boolean allRequired) {
    this.fields = fields;
    this.allRequired = allRequired;
  }

  /** Parses {@code query}; {@code fields} are the names allowed before a colon. */
  public static Group parse(String query, Set<String> fields) {
    return parse(query, fields, false);
  }

  /** Parses {@code query} with words side by side all required and OR looser than AND (see the class comment). */
  public static Group parseAllRequired(String query, Set<String> fields) {
    return parse(query, fields, true);
  }

  private static Group parse(String query, Set<String> fields, boolean allRequired) {
    if (query.length() > MAX_LENGTH) {
      throw new BadRequestException("query is " + query.length() + " characters long; the limit is "
          + MAX_LENGTH + ": shorten it to its key words");
    }
    QuerySyntax p = new QuerySyntax(fields, allRequired);
    p.input = query;
    p.shouting = isShouting(query);
    Group g = p.group(0, false);
    return g;
  }

  private Group group(int start, boolean nested) {
    List<Clause> clauses = new ArrayList<>();
    List<List<Clause>> orSegments = new ArrayList<>();
    Occur pending = null;
    boolean andPending = false;
    boolean orPending = false;
    int opPos = -1;
    String opName = null;
    while (true) {
      skipSpace();
      if (at >= input.length()) {
        if (nested) {
          throw error(start, "unclosed parenthesis: add ')'");
        }
        break;
      }
      char c = input.charAt(at);
      if (c == ')') {
        if (!nested) {
          throw error(at, "')' without a matching '('");
        }
        at++;
        break;
      }
      String op = operatorAhead();
      if (op != null) {
        int pos = at;
        at += op.length();
        if (op.equals("NOT")) {
          if (pending == Occur.MUST_NOT) {
            throw error(pos, "NOT twice in a row");
          }
          pending = Occur.MUST_NOT;
          opPos = pos;
          opName = op;
          continue;
        }
        if (clauses.isEmpty() || pending != null || opName != null && !opName.equals("NOT")) {
          throw error(pos, op + " needs a term on both sides");
        }
        andPending = op.equals("AND");
        orPending = op.equals("OR");
        opPos = pos;
        opName = op;
        continue;
      }
      Occur occur = pending != null ? pending : Occur.SHOULD;
      if (c == '+' || c == '-') {
        if (at + 1 < input.length() && !Character.isWhitespace(input.charAt(at + 1))) {
          occur = c == '+' ? Occur.MUST : Occur.MUST_NOT;
          at++;
        }
      }
      QueryNode node = primary();
      if (node == null) {
        continue;
      }
      if (++clauseCount > MAX_CLAUSES) {
        throw error(at, "more than " + MAX_CLAUSES + " terms: shorten the query");
      }
      if (allRequired) {
        occur = occur == Occur.SHOULD ? Occur.MUST : occur;
        if (orPending) {
          orSegments.add(clauses);
          clauses = new ArrayList<>();
        }
      } else if (andPending) {
        int last = clauses.size() - 1;
        Clause prev = clauses.get(last);
        if (prev.occur() == Occur.SHOULD) {
          clauses.set(last, new Clause(Occur.MUST, prev.node()));
        }
        if (occur == Occur.SHOULD) {
          occur = Occur.MUST;
        }
      }
      clauses.add(new Clause(occur, node));
      pending = null;
      andPending = false;
      orPending = false;
      opName = null;
    }
    if (opName != null) {
      throw error(opPos, opName + " needs a term after it");
    }
    if (!clauses.isEmpty() && clauses.stream().allMatch(cl -> cl.occur() == Occur.MUST_NOT)) {
      throw error(start, "the query only excludes terms: add a term to search for");
    }
    if (!orSegments.isEmpty()) {
      orSegments.add(clauses);
      List<Clause> either = new ArrayList<>();
      for (List<Clause> segment : orSegments) {
        if (segment.stream().allMatch(cl -> cl.occur() == Occur.MUST_NOT)) {
          throw error(start, "one side of OR only excludes terms: add a term to search for on that side");
        }
        either.add(new Clause(Occur.SHOULD, segment.size() == 1 && segment.get(0).occur() == Occur.MUST
            ? segment.get(0).node() : new Group(segment, start)));
      }
      return new Group(either, start);
    }
    return new Group(clauses, start);
  }

  /**
   * A message typed in capitals ("CAN LIPNODES AND OR LIVER CANCER BE DETECTED") has its AND,
   * OR and NOT as plain words: in capitals nobody can tell an operator from a word. A stray
   * lower-case letter does not make it a query ("CAUSE OF A COLD i UNDERSTAND CONTAGION AND
   * ..."): at most one letter in twenty may be lower case. Only for messages of four words or
   * more, so that a lone "AND" is still a syntax error.
   */
  static boolean isShouting(String q) {
    long letters = q.chars().filter(Character::isLetter).count();
    long lower = q.chars().filter(Character::isLowerCase).count();
    return letters >= 12 && lower * 20 <= letters && q.strip().split("\\s+").length >= 4;
  }

  /** AND, OR, NOT (upper case, as whole words) and && || are operators, except in a shouted message. */
  private String operatorAhead() {
    if (shouting) {
      return null;
    }
    for (String op : List.of("AND", "OR", "NOT", "&&", "||")) {
      if (input.startsWith(op, at)) {
        int end = at + op.length();
        boolean symbol = !Character.isLetter(op.charAt(0));
        if (symbol || end == input.length() || Character.isWhitespace(input.charAt(end)) || input.charAt(end) == '(') {
          return switch (op) {
            case "&&" -> "AND";
            case "||" -> "OR";
            default -> op;
          };
        }
      }
    }
    return null;
  }

  private QueryNode primary() {
    int pos = at;
    char c = input.charAt(at);
    if (c == '(') {
      at++;
      Group g = group(pos, true);
      return g.clauses().isEmpty() ? null : g;
    }
    if (c == '"') {
      return phrase();
    }
    String word = word();
    int colon = word.indexOf(':');
    if (colon > 0) {
      String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
      if (fields.contains(field)) {
        String rest = word.substring(colon + 1);
        at = pos + colon + 1;
        if (rest.isEmpty()) {
          if (at < input.length() && input.charAt(at) == '"') {
            return new QueryNode.Fielded(field, phrase(), pos);
          }
          if (at < input.length() && input.charAt(at) == '(') {
            at++;
            return new QueryNode.Fielded(field, group(at - 1, true), pos);
          }
          throw error(pos, "'" + field + ":' needs a value after it, e.g. " + field + ":value");
        }
        at = pos + word.length();
        return new QueryNode.Fielded(field, value(rest, pos + colon + 1), pos);
      }
    }
    return value(word, pos);
  }

  private QueryNode value(String word, int pos) {
    int dots = word.indexOf("..");
    if (dots >= 0) {
      return new QueryNode.Range(word.substring(0, dots), word.substring(dots + 2), pos);
    }
    if (word.endsWith("*")) {
      String stem = word.substring(0, word.length() - 1);
      if (stem.contains("*") || stem.strip().replaceAll("[^\\p{L}\\p{N}]", "").length() < MIN_PREFIX) {
        throw error(pos, "a wildcard needs at least " + MIN_PREFIX + " letters before it, at the end of a word (e.g. myoc*)");
      }
      if (++prefixCount > MAX_PREFIXES) {
        throw error(pos, "more than " + MAX_PREFIXES + " wildcards: use whole words for some of them");
      }
      return new QueryNode.Word(stem, true, pos);
    }
    if (word.contains("*")) {
      throw error(pos + word.indexOf('*'), "'*' is only allowed at the end of a word (e.g. myoc*)");
    }
    return new QueryNode.Word(word, false, pos);
  }

  private QueryNode.Phrase phrase() {
    int pos = at;
    int end = input.indexOf('"', at + 1);
    if (end < 0) {
      throw error(pos, "unclosed quote: add the closing '\"'");
    }
    at = end + 1;
    return new QueryNode.Phrase(input.substring(pos + 1, end), pos);
  }

  private String word() {
    int start = at;
    while (at < input.length()) {
      char c = input.charAt(at);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
        break;
      }
      at++;
    }
    return input.substring(start, at);
  }

  private void skipSpace() {
    while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
      at++;
    }
  }

  private BadRequestException error(int pos, String message) {
    return new BadRequestException("query syntax error at position " + (pos + 1) + ": " + message);
  }
}
