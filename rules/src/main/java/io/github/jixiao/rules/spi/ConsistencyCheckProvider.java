package io.github.jixiao.rules.spi;

import java.util.List;

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
}
