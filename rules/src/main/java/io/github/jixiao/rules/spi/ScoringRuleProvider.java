package io.github.jixiao.rules.spi;

import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.util.List;
import java.util.Optional;

/**
 * A source of scoring rules found through {@link java.util.ServiceLoader} (评分方法提供者): list the
 * implementing class (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.jixiao.rules.spi.ScoringRuleProvider}; its rules are added only
 * when asked for ({@link ScoringRules#withDiscovered()}, {@link Scorer#withDiscovered()}), never by
 * {@link ScoringRules#standard()}. Providers are read in a deterministic order: by {@link
 * #priority()} (higher first), then by class name. A type id given twice is refused with a {@link
 * io.github.jixiao.rules.spi.PluginException} naming both sources.
 *
 * <p>The words of its rules' explanations and problems come from the message bundle it names
 * ({@link #messageBundle()}), registered when it is discovered.
 */
public interface ScoringRuleProvider {

  /** The rules this provider contributes, each under its own {@link ScoringRule#type()}. */
  List<ScoringRule> rules();

  /** Providers with a higher priority are registered first; 0 by default. */
  default int priority() {
    return 0;
  }

  /**
   * The base name of this provider's message bundle (提示信息资源包), e.g. {@code
   * com.example.rules.messages}: {@code com/example/rules/messages.properties} (English) and
   * {@code messages_zh.properties} (Chinese) beside its classes, read through its class loader,
   * with the keys its rules' messages use ({@code Message.of("example.carry-over.met", …)}).
   * Registered when the provider is discovered; empty (the default) when its rules carry their
   * own templates ({@code Message.custom}) or use Jixiao's keys only. A key must not be another
   * bundle's: prefix every key with the plug-in's own name.
   */
  default Optional<String> messageBundle() {
    return Optional.empty();
  }
}
