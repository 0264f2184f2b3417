package io.github.jixiao.rules.spi;

import java.util.List;

/**
 * A source of scoring rules found through {@link java.util.ServiceLoader} (评分方法提供者): list the
 * implementing class (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.jixiao.rules.spi.ScoringRuleProvider}; its rules are added only
 * when asked for ({@link ScoringRules#withDiscovered()}, {@link Scorer#withDiscovered()}), never by
 * {@link ScoringRules#standard()}. Providers are read in a deterministic order: by {@link
 * #priority()} (higher first), then by class name. A type id given twice is refused with a {@link
 * io.github.jixiao.rules.spi.PluginException} naming both sources.
 */
public interface ScoringRuleProvider {

  /** The rules this provider contributes, each under its own {@link ScoringRule#type()}. */
  List<ScoringRule> rules();

  /** Providers with a higher priority are registered first; 0 by default. */
  default int priority() {
    return 0;
  }
}
