package io.github.jixiao.core.value;

import java.util.Locale;

/**
 * The root of every exception Jixiao throws for its own reasons (绩效库异常): an invalid value, a
 * JSON document that cannot be read or written, a rule that cannot score, a plug-in that cannot be
 * loaded. Catching it catches them all; each subtype says what and where, in English and in
 * Chinese, and names places by {@linkplain JsonPaths JSON path} ({@code $.budget.executed}).
 *
 * <p>Unchecked, like the exceptions of the JDK's collections: a program that builds values from
 * its own data need not declare them. Every subtype keeps its problem list through Java
 * serialization.
 *
 * <p>Every subtype answers in the same words: {@link #getMessage()} in English, {@link
 * #message(Locale)} in the language asked for (Chinese for {@code zh}), and {@link
 * #describe(Locale)} with every problem it lists, one a line.
 */
public abstract class JixiaoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message, in English
   */
  protected JixiaoException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the message, in English
   * @param cause what went wrong underneath, or null
   */
  protected JixiaoException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The message in the given language: Chinese for {@code zh}, English ({@link #getMessage()})
   * otherwise. This default is the English message in every language; a subtype that has Chinese
   * words gives them.
   */
  public String message(Locale locale) {
    return getMessage();
  }

  /**
   * Everything the exception says in the given language, every problem it lists on a line of its
   * own, each with its path; by default its {@linkplain #message(Locale) message}.
   */
  public String describe(Locale locale) {
    return message(locale);
  }
}
