package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of jixiao-rules' consistency checks and findings (审核提示信息): the bundle {@code io.github.jixiao.rules.check.messages}, found by {@link java.util.ServiceLoader} so that its messages
 * render without anything registered by hand.
 */
public final class CheckMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public CheckMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.rules.check.messages";
  }

  @Override
  public InputStream open(String path) {
    // Here, not in core: a named module's resources are visible to its own code alone.
    return CheckMessages.class.getResourceAsStream("/" + path);
  }
}
