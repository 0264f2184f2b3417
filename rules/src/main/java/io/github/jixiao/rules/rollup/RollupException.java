package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.message.Message;
import java.util.Locale;

/**
 * A set of evaluations that cannot be rolled up into one department (无法汇总): none is a project
 * evaluation, or they are of several units or years. The message says which, in the language
 * asked.
 */
public final class RollupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message reason;

  RollupException(Message reason) {
    super(reason.render(Locale.ENGLISH));
    this.reason = reason;
  }

  /** Why, as a message. */
  public Message reason() {
    return reason;
  }
}
