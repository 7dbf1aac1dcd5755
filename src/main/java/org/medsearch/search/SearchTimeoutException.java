package org.medsearch.search;

/** A search stopped at its time budget: answered 503 with the message, never left hanging. */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SearchTimeoutException(String message) {
    super(message);
  }
}
