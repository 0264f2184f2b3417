package io.github.jixiao.rules.check;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import java.util.List;

/** The provider, found through {@code ServiceLoader}, of a user's own check. */
public final class DiscoveredChecks implements ConsistencyCheckProvider {

  @Override
  public List<ConsistencyCheck> checks() {
    return List.of(new DiscoveredCheck());
  }
}
