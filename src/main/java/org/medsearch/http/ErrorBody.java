package org.medsearch.http;

/** The one error shape of the API: {@code {"error": {"status": 400, "message": "..."}}}. */
record ErrorBody(Detail error) {
  static ErrorBody of(int status, String message) {
    return new ErrorBody(new Detail(status, message));
  }

  record Detail(int status, String message) {}
}
