package io.github.jixiao.rules.internal;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;
import java.util.List;

/**
 * The words of jixiao-rules' scoring, rulebooks and plug-ins (评分提示信息): the bundle {@code io.github.jixiao.rules.messages}, found by {@link java.util.ServiceLoader} so that its messages
 * render without anything registered by hand.
 */
public final class RulesMessages implements MessageBundleProvider {

  /**
   * The keys the scorer no longer says but that score cards written by earlier versions hold, kept
   * in the bundle so that those cards still render: {@code note.scaled} (until issue 14, an open
   * group's leaves were scaled one by one; now its subtotal is raised, {@code note.group-raised}).
   */
  public static final List<String> RETIRED_KEYS = List.of("note.scaled");

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public RulesMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.rules.messages";
  }

  @Override
  public InputStream open(String path) {
    // Here, not in core: a named module's resources are visible to its own code alone.
    return RulesMessages.class.getResourceAsStream("/" + path);
  }
}
