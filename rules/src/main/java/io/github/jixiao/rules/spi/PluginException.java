package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.JixiaoException;
import java.util.List;

/**
 * A plug-in could not be registered (插件注册失败): two sources give the same id (a scoring rule
 * type, a check code, a formula id), a provider found through {@link java.util.ServiceLoader}
 * cannot be loaded or throws, or returns nothing usable. Thrown by the call that registers or
 * discovers — never while a class initialises — so the built-in rules, checks and formulas stay
 * usable whatever the class path holds. The message names every source concerned, in English and
 * in Chinese.
 */
public final class PluginException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String messageZh;
  private final List<String> sources;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and the fix, in English, naming the sources
   * @param messageZh the same in Chinese
   * @param sources the sources concerned: {@code built-in}, {@code explicit registration}, {@code
   *     provider com.example.MyRules}
   * @param cause what the provider threw, or null
   */
  public PluginException(String message, String messageZh, List<String> sources,
      Throwable cause) {
    super(message, cause);
    this.messageZh = messageZh;
    this.sources = List.copyOf(sources);
  }

  /** The message in Chinese (中文). */
  public String messageZh() {
    return messageZh;
  }

  /** The sources concerned, in the order they were met. */
  public List<String> sources() {
    return sources;
  }
}
