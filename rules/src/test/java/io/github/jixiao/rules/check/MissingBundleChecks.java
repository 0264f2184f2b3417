package io.github.jixiao.rules.check;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import java.util.List;
import java.util.Optional;

/**
 * A provider that names a bundle no file of which exists; listed only under {@code
 * plugins/missing-bundle/} (DiscoveredBundleTest).
 */
public final class MissingBundleChecks implements ConsistencyCheckProvider {

  @Override
  public List<ConsistencyCheck> checks() {
    return List.of(new DiscoveredCheck());
  }

  @Override
  public Optional<String> messageBundle() {
    return Optional.of("io.github.jixiao.rules.check.nowhere.messages");
  }
}
