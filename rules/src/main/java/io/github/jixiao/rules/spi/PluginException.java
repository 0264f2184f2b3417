package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.List;

/**
 * A plug-in could not be registered (插件注册失败): two sources give the same id (a scoring rule
 * type, a check code, a formula id), a provider found through {@link java.util.ServiceLoader}
 * cannot be loaded or throws, returns nothing usable, or names a message bundle that cannot be
 * used. Thrown by the call that registers or discovers — never while a class initialises — so the
 * built-in rules, checks and formulas stay usable whatever the class path holds. It says, as a
 * {@link Message} rendered in the language asked for ({@link #message(java.util.Locale)}), what
 * went wrong and the fix, naming every source concerned; what the provider threw is the cause.
 */
public final class PluginException extends JixiaoException {

  private static final long serialVersionUID = 2L;

  private final List<String> sources;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and the fix, naming the sources
   * @param sources the sources concerned: {@code built-in}, {@code explicit registration}, {@code
   *     provider com.example.MyRules}
   * @param cause what the provider threw, or null
   */
  public PluginException(Message message, List<String> sources, Throwable cause) {
    super(message, cause);
    this.sources = List.copyOf(sources);
  }

  /** The sources concerned, in the order they were met. */
  public List<String> sources() {
    return sources;
  }
}
