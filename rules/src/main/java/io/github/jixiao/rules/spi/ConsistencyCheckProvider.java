package io.github.jixiao.rules.spi;

import java.util.List;
import java.util.Optional;

/**
 * A source of consistency checks found through {@link java.util.ServiceLoader} (审核规则提供者):
 * list the implementing class (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.jixiao.rules.spi.ConsistencyCheckProvider}; its checks are added
 * only when asked for ({@code Checks.standard().withDiscovered()}). Providers are read by {@link
 * #priority()} (higher first), then by class name; a code given twice is refused.
 */
public interface ConsistencyCheckProvider {

  /** The checks this provider contributes. */
  List<ConsistencyCheck> checks();

  /** Providers with a higher priority are registered first; 0 by default. */
  default int priority() {
    return 0;
  }

  /**
   * The base name of the message bundle that holds the words of this provider's checks, e.g.
   * {@code com.example.checks.messages} for {@code com/example/checks/messages.properties}
   * (English) and {@code messages_zh.properties} (Chinese) beside it; empty (the default) when its
   * checks carry their words themselves ({@link io.github.jixiao.core.message.Message#custom}) or
   * register them otherwise. Discovery registers the bundle, read through the provider's class
   * loader, before it adds the checks; a bundle that cannot be read, has no English file, has a
   * template that does not compile or a key another bundle already has is refused with a {@link
   * PluginException} naming the provider.
   */
  default Optional<String> messageBundle() {
    return Optional.empty();
  }
}
