package io.github.jixiao.rules.spi;

import java.util.List;
import java.util.Optional;

/**
 * A source of formulas found through {@link java.util.ServiceLoader} (计算公式提供者): list the
 * implementing class (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.jixiao.rules.spi.FormulaProvider}; its formulas are added only when
 * asked for ({@code Formulas.standard().withDiscovered()}). Providers are read by {@link
 * #priority()} (higher first), then by class name; an id given twice is refused.
 */
public interface FormulaProvider {

  /** The formulas this provider contributes. */
  List<Formula> formulas();

  /** Providers with a higher priority are registered first; 0 by default. */
  default int priority() {
    return 0;
  }

  /**
   * The base name of this provider's message bundle (提示信息资源包), e.g. {@code
   * com.example.formulas.messages}, read through its class loader and registered when the
   * provider is discovered; empty (the default) when it has none. See {@link
   * ScoringRuleProvider#messageBundle()}.
   */
  default Optional<String> messageBundle() {
    return Optional.empty();
  }
}
