package io.github.jixiao.core.value;

/**
 * The root of every exception Jixiao throws for its own reasons (绩效库异常): an invalid value, a
 * JSON document that cannot be read, a rule that cannot score, a plug-in that cannot be loaded.
 * Catching it catches them all; each subtype says what and where, in English and in Chinese.
 *
 * <p>Unchecked, like the exceptions of the JDK's collections: a program that builds values from
 * its own data need not declare them. Every subtype keeps its problem list through Java
 * serialization.
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
}
