package org.medsearch.search;

/** A request the engine cannot answer as asked; the message says what to change. Answered as HTTP 400. */
public final class BadRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String message) {
    super(message);
  }
}
