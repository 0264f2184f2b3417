package io.github.jixiao.io;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of jixiao-io (JSON 读写提示信息): the problems of a document read, the refusals of a
 * document written and the failures of files, in the bundle {@code io.github.jixiao.io.messages}
 * ({@code messages.properties} in English, {@code messages_zh.properties} in Chinese), found by
 * {@link java.util.ServiceLoader} so that its messages render without anything registered by
 * hand. Every key starts with {@code io.}.
 */
public final class IoMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public IoMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.io.messages";
  }

  @Override
  public InputStream open(String path) {
    // Here, not in core: a named module's resources are visible to its own code alone.
    return IoMessages.class.getResourceAsStream("/" + path);
  }
}
