package io.github.jixiao.core;

import java.util.Objects;

/**
 * One reason a domain value is invalid (校验错误): the property path inside the value, relative to
 * the value being built ({@code "fullYear"}, {@code "duties[2].code"}), and a message in English.
 *
 * @param path the property path, never null; empty for the value as a whole
 * @param message what is wrong and, where obvious, how to fix it
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /** Creates a violation; both parts are required. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
