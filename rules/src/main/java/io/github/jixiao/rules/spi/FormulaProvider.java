package io.github.jixiao.rules.spi;

import java.util.List;

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
}
