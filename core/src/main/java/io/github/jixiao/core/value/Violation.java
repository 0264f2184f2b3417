package io.github.jixiao.core.value;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason a domain value is invalid (校验错误): the property path inside the value, relative to
 * the value being built ({@code "fullYear"}, {@code "duties[2].code"}), and what is wrong, in
 * English and in Chinese.
 *
 * @param path the property path, never null; empty for the value as a whole
 * @param message what is wrong and, where obvious, how to fix it, in English
 * @param messageZh the same in Chinese (中文)
 */
public record Violation(String path, String message, String messageZh)
    implements Comparable<Violation> {

  /** Creates a violation; every part is required. */
  public Violation {
    Objects.requireNonNull(path, "path");
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

  /** {@code path: message} in the given language, or the message alone for the whole value. */
  public String toString(Locale locale) {
    return path.isEmpty() ? message(locale) : path + ": " + message(locale);
  }

  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }
}
