package io.github.jixiao.rules.check;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import java.util.List;
import java.util.Optional;

/**
 * A provider whose bundle has a template that does not compile; listed only under {@code
 * plugins/broken-bundle/} (DiscoveredBundleTest).
 */
public final class BrokenBundleChecks implements ConsistencyCheckProvider {

  @Override
  public List<ConsistencyCheck> checks() {
    return List.of(new DiscoveredCheck());
  }

  @Override
  public Optional<String> messageBundle() {
    return Optional.of("io.github.jixiao.rules.check.broken.messages");
  }
}
