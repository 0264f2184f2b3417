package io.github.jixiao.core.value;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason a domain value is invalid (校验错误): where — a {@linkplain JsonPaths JSON path}
 * from the value being built, {@code $.fullYear}, {@code $.duties[2].code}, {@code $} for the
 * value as a whole — and what is wrong, in English and in Chinese.
 *
 * <p>A path given without the root, relative to the value as Jixiao 0.1 wrote it
 * ({@code duties[2].code}, or empty for the whole), is {@linkplain JsonPaths#rooted(String) read
 * from the root}: {@code new Violation("fullYear", …).path()} is {@code $.fullYear}. When the value
 * is read from a document, jixiao-io reports the violation at its path from the document's root
 * ({@code $.budget.fullYear}).
 *
 * @param path the JSON path, never null; {@code $} for the value as a whole
 * @param message what is wrong and, where obvious, how to fix it, in English
 * @param messageZh the same in Chinese (中文)
 */
public record Violation(String path, String message, String messageZh)
    implements Comparable<Violation>, Serializable {

  /** Creates a violation; every part is required, and the path is taken from the root. */
  public Violation {
    path = JsonPaths.rooted(Objects.requireNonNull(path, "path"));
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(messageZh, "messageZh");
  }

  /** The message in the given language: Chinese for {@code zh}, English otherwise. */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh : message;
  }

  @Override
  public int compareTo(Violation other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }

  /** {@code $.fullYear: message} in the given language. */
  public String describe(Locale locale) {
    return path + ": " + message(locale);
  }

  /** {@code $.fullYear: message} in English. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
