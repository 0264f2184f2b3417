package io.github.jixiao.io.internal;

import io.github.jixiao.io.JsonProblem;
import io.github.jixiao.io.internal.LocatedTree.Location;
import java.util.ArrayList;
import java.util.List;

/** The problems (问题) found so far in one document, in the order found. */
public final class Problems {

  private final List<JsonProblem> found = new ArrayList<>();

  /**
   * Records a problem at {@code path}, located at {@code at}, with how to fix it in English and
   * Chinese ({@code hint} and {@code hintZh}, both null when nothing is obvious).
   */
  public void add(JsonProblem.Kind kind, String path, Location at, String message,
      String messageZh, String hint, String hintZh) {
    found.add(new JsonProblem(kind, path, at.line(), at.column(), message, messageZh, hint,
        hintZh));
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** How many were found. */
  public int size() {
    return found.size();
  }

  /** Every problem, in document order, without repeats. */
  public List<JsonProblem> sorted() {
    return found.stream().distinct().sorted().toList();
  }
}
