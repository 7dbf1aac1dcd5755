package org.medsearch.parse;

import java.util.ArrayList;
import java.util.List;
import org.medsearch.model.Problem;

/** Collects what a parser was unsure of, so that parsing goes on and the report comes at the end. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void warn(int line, String message) {
    list.add(new Problem(Problem.Level.WARNING, null, line, message));
  }

  public void error(int line, String message) {
    list.add(new Problem(Problem.Level.ERROR, null, line, message));
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }
}
