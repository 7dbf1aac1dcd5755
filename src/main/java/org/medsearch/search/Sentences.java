package org.medsearch.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.function.IntPredicate;

/**
 * Sentence boundaries for snippets, found by looking at the few characters around a position: a
 * sentence starts after a line break, or after '.', '?' or '!' (and any closing quotes or
 * brackets) and white space, unless it starts with a lower-case letter ("e.g. the", "approx. one").
 * The JDK's sentence iterator, which the highlighter uses by default, runs a rule machine over
 * the text for every match it places; that was a tenth of a search's CPU.
 */
final class Sentences extends BreakIterator {
  private static final String CLOSERS = "\"')]}»”’";

  private String text = "";
  private int current;

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    setText(sb.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  /** Whether a sentence starts at {@code p} (0 < p < length). */
  private boolean startsAt(int p) {
    char c = text.charAt(p);
    if (Character.isWhitespace(c) || !Character.isWhitespace(text.charAt(p - 1))) {
      return false;
    }
    int q = p - 1;
    while (q >= 0 && Character.isWhitespace(text.charAt(q))) {
      if (breaksLine(text.charAt(q))) {
        return true;
      }
      q--;
    }
    while (q >= 0 && CLOSERS.indexOf(text.charAt(q)) >= 0) {
      q--;
    }
    if (q < 0) {
      return false;
    }
    return endsSentence(text.charAt(q)) && !Character.isLowerCase(c);
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean breaksLine(char c) {
    return c == '\n' || c == '\r' || c == '\u2029';
  }

  @Override
  public int first() {
    current = 0;
    return current;
  }

  @Override
  public int last() {
    current = text.length();
    return current;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    if (current >= text.length()) {
      return DONE;
    }
    int n = text.length();
    // A sentence may start right after the quotes and white space current stands in.
    int p = skipWhiteSpace(skipClosers(current));
    if (p > current && p < n && startsAt(p)) {
      current = p;
      return p;
    }
    // Otherwise only after a closing mark or a line break: look for those first.
    for (p = Math.max(p, current + 1); p < n; p++) {
      char c = text.charAt(p - 1);
      if (endsSentence(c) || breaksLine(c)) {
        int start = sentenceAfter(p - 1);
        if (start > 0) {
          current = start;
          return start;
        }
      }
    }
    current = n;
    return n;
  }

  /** Where a sentence starts after the mark or line break at {@code mark} and what follows it, or -1. */
  private int sentenceAfter(int mark) {
    char c = text.charAt(mark);
    int p = skipWhiteSpace(endsSentence(c) ? skipClosers(mark + 1) : mark + 1);
    return p < text.length() && startsAt(p) ? p : -1;
  }

  private int skipClosers(int from) {
    return skip(from, c -> CLOSERS.indexOf(c) >= 0);
  }

  private int skipWhiteSpace(int from) {
    return skip(from, Character::isWhitespace);
  }

  /** The first position from {@code from} whose character is not one of {@code these}. */
  private int skip(int from, IntPredicate these) {
    int p = from;
    while (p < text.length() && these.test(text.charAt(p))) {
      p++;
    }
    return p;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n; i++) {
      result = next();
    }
    for (int i = 0; i > n; i--) {
      result = previous();
    }
    return result;
  }

  /**
   * The last sentence start before the current position, or 0. A start follows a closing mark or
   * a line break, so only those are looked at, from the nearest back: the first that starts a
   * sentence before the current position starts the last one (the start after a later mark is
   * never earlier), instead of testing every position back to it.
   */
  @Override
  public int previous() {
    if (current <= 0) {
      return DONE;
    }
    for (int mark = current - 2; mark >= 0; mark--) {
      char c = text.charAt(mark);
      if (endsSentence(c) || breaksLine(c)) {
        int start = sentenceAfter(mark);
        if (start > 0 && start < current) {
          current = start;
          return start;
        }
      }
    }
    current = 0;
    return 0;
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    current = offset;
    if (offset == text.length()) {
      return DONE;
    }
    return next();
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    current = offset;
    if (offset == 0) {
      return DONE;
    }
    return previous();
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    current = offset;
    return offset == 0 || offset == text.length() || startsAt(offset);
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside the text (0-" + text.length() + ")");
    }
  }
}
