package io.github.jixiao.core.message;

import java.util.Locale;

/**
 * The root of every exception Jixiao throws for its own reasons (绩效库异常): an invalid value, a
 * JSON document that cannot be read or written, a rule that cannot score, a plug-in that cannot be
 * loaded, a message bundle that cannot be read. Catching it catches them all; each says what and
 * where as a {@link Message}, and names places by JSON path ({@code $.budget.executed}).
 *
 * <p>Unchecked, like the exceptions of the JDK's collections: a program that builds values from
 * its own data need not declare them. Every subtype keeps its message and problem list through
 * Java serialization.
 *
 * <p>Every subtype answers in the same words: {@link #getMessage()} in English, {@link
 * #message(Locale)} in the language asked for, and {@link #describe(Locale)} with every problem it
 * lists, one a line.
 */
public abstract class JixiaoException extends RuntimeException {

  private static final long serialVersionUID = 2L;

  /** What the exception says (a subtype that words itself still names what it is). */
  private final Message said;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and where
   */
  protected JixiaoException(Message message) {
    this(message, null);
  }

  /**
   * Creates the exception with its cause: the library's or the JDK's exception underneath, kept
   * for a developer and never shown to a user as it is.
   *
   * @param message what went wrong and where
   * @param cause what went wrong underneath, or null
   */
  protected JixiaoException(Message message, Throwable cause) {
    super(null, cause);
    this.said = java.util.Objects.requireNonNull(message, "message");
  }

  /** What the exception says, as data: its key and arguments. */
  public Message said() {
    return said;
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** The message in the given language (Chinese for any Chinese locale). */
  public String message(Locale locale) {
    return said.render(locale);
  }

  /**
   * Everything the exception says in the given language, every problem it lists on a line of its
   * own, each with its path; by default its {@linkplain #message(Locale) message}.
   */
  public String describe(Locale locale) {
    return message(locale);
  }
}
