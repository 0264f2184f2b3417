package io.github.jixiao.cli;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of the jixiao command line (命令行提示信息) — its results, its problems and its help:
 * the bundle {@code io.github.jixiao.cli.messages}, found by {@link java.util.ServiceLoader} so
 * that its messages render without anything registered by hand.
 */
public final class CliMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public CliMessages() {}

  @Override
  public String baseName() {
    return HelpBundle.BASE_NAME;
  }

  @Override
  public InputStream open(String path) {
    // Here, not in core: a named module's resources are visible to its own code alone.
    return CliMessages.class.getResourceAsStream("/" + path);
  }
}
