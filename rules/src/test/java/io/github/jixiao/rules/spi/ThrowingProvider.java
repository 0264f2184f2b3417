package io.github.jixiao.rules.spi;

import java.util.List;

/** A provider that throws when asked for its rules (listed only under {@code plugins/throwing/}). */
public final class ThrowingProvider implements ScoringRuleProvider {

  @Override
  public List<ScoringRule> rules() {
    throw new IllegalStateException("licence server unreachable");
  }
}
