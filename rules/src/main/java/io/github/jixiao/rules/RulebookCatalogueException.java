package io.github.jixiao.rules;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.Optional;

/**
 * The catalogue of rulebooks (评分办法目录) could not do what was asked: no rulebook applies to an
 * evaluation (the message lists what the catalogue has), several apply equally, the rulebook an
 * evaluation names is not in it, two rulebooks share an id (the message names both origins), or a
 * built-in rulebook could not be read (a fault of the jar, not of the user's input). The path, when
 * there is one, is where in the evaluation the problem is ({@code $.rulebook}).
 */
public final class RulebookCatalogueException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Creates the exception.
   *
   * @param path the JSON path in the evaluation, or null when none is concerned
   * @param message what went wrong, and the fix
   * @param cause what went wrong underneath, or null
   */
  public RulebookCatalogueException(String path, Message message, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** Where in the evaluation the problem is, e.g. {@code $.rulebook}; empty when nowhere. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
