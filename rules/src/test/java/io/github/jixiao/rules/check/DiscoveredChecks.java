package io.github.jixiao.rules.check;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import java.util.List;
import java.util.Optional;

/** The provider, found through {@code ServiceLoader}, of a user's own check and its words. */
public final class DiscoveredChecks implements ConsistencyCheckProvider {

  /** The base name of the provider's bundle, in this module's test resources. */
  static final String BUNDLE = "io.github.jixiao.rules.check.discovered.messages";

  @Override
  public List<ConsistencyCheck> checks() {
    return List.of(new DiscoveredCheck());
  }

  @Override
  public Optional<String> messageBundle() {
    return Optional.of(BUNDLE);
  }
}
