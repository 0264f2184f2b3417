package io.github.jixiao.rules.spi;

import java.util.Map;

/**
 * A source of scoring rules found through {@link java.util.ServiceLoader} (评分方法提供者): list the
 * implementing class in {@code META-INF/services/io.github.jixiao.rules.spi.ScoringRuleProvider}
 * and its rules are registered by {@link ScoringRules#defaults()} and {@link
 * ScoringRules.Builder#discover()}. Providers are read in a deterministic order: by {@link
 * #priority()} (higher first), then by class name. A type id provided twice is refused.
 */
public interface ScoringRuleProvider {

  /** The rules this provider contributes, by type id. */
  Map<String, ScoringRule> rules();

  /** Providers with a higher priority are registered first; 0 by default. */
  default int priority() {
    return 0;
  }
}
