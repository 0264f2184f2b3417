package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.scoring.internal.BuiltIns;
import io.github.jixiao.rules.spi.PluginException;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.rules.spi.ScoringRuleProvider;
import io.github.jixiao.rules.spi.internal.Discovery;
import io.github.jixiao.rules.spi.internal.PluginKind;
import io.github.jixiao.rules.spi.internal.PluginPart;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of scoring rule types (评分方法注册表): type id → {@link ScoringRule}. Immutable, so
 * it is safe to share between threads. {@link #standard()} is the built-in rules of the
 * methodology, always usable whatever the class path holds; one's own rules are added explicitly
 * ({@link #with}) or, only when asked, from the {@link ScoringRuleProvider}s that {@link
 * java.util.ServiceLoader} finds ({@link #withDiscovered()}), so a class path change never silently
 * changes a score. A type id names one rule: an id given twice is refused with a {@link
 * PluginException} naming both sources. The order of {@link #ids()} is deterministic: built-ins
 * first, then in the order added (providers by priority, then class name).
 *
 * <pre>{@code
 * ScoringRules rules = ScoringRules.standard().with(new CarryOverLevelRule());
 * ScoreCard card = Scorer.using(rules).score(evaluation, rulebook);
 * ScoringRules found = ScoringRules.standard().withDiscovered();   // plus the class path's
 * }</pre>
 */
public final class ScoringRules {


  // Built-in rules only: nothing here can fail, whatever the class path holds.
  private static final ScoringRules STANDARD = builder().withBuiltIns().build();

  private final Map<String, ScoringRule> rules;
  private final Map<String, String> sources;

  private ScoringRules(Map<String, ScoringRule> rules, Map<String, String> sources) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.sources = Map.copyOf(sources);
  }

  /** The built-in rules of the methodology ({@link BuiltInRules}), and nothing else. */
  public static ScoringRules standard() {
    return STANDARD;
  }

  /** A new, empty builder: add the built-ins with {@link Builder#withBuiltIns()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * These rules and {@code more}, each under its own {@link ScoringRule#type()}.
   *
   * @throws PluginException if a type id is already taken, naming both sources
   * @throws IllegalArgumentException if a type id is malformed
   */
  public ScoringRules with(ScoringRule... more) {
    return toBuilder().register(more).build();
  }

  /** These rules and those of every provider found with the thread's context class loader. */
  public ScoringRules withDiscovered() {
    return withDiscovered(Discovery.defaultLoader());
  }

  /**
   * These rules and those of every {@link ScoringRuleProvider} that {@code loader} finds, by
   * priority (higher first), then class name.
   *
   * The message bundle a provider names ({@link ScoringRuleProvider#messageBundle()}) is
   * registered with it, so that its rules' messages render.
   *
   * @throws PluginException if a provider cannot be loaded, throws or returns null, gives a type
   *     id already taken (naming both sources), or names a message bundle that cannot be used
   */
  public ScoringRules withDiscovered(ClassLoader loader) {
    return toBuilder().withDiscovered(loader).build();
  }

  /** The rule registered under {@code type}, if any. */
  public Optional<ScoringRule> find(String type) {
    return Optional.ofNullable(rules.get(type));
  }

  /** The rule registered under {@code type}, or null: the scorer's lookup, once per indicator. */
  ScoringRule get(String type) {
    return rules.get(type);
  }

  /** Whether a rule is registered under {@code type}. */
  public boolean contains(String type) {
    return rules.containsKey(type);
  }

  /** Every registered type id, in registration order. */
  public Set<String> ids() {
    return rules.keySet();
  }

  @Override
  public String toString() {
    return "ScoringRules" + rules.keySet();
  }

  private Builder toBuilder() {
    Builder builder = new Builder();
    builder.rules.putAll(rules);
    builder.sources.putAll(sources);
    return builder;
  }

  /** Builds an immutable {@link ScoringRules} (评分方法注册表); refuses duplicate and malformed ids. */
  public static final class Builder {
    private final Map<String, ScoringRule> rules = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    private Builder() {}

    /** Registers the built-in rules of the methodology. */
    public Builder withBuiltIns() {
      BuiltIns.all().forEach(rule -> add(rule.type(), rule, Discovery.BUILT_IN));
      return this;
    }

    /** Registers the rules of every provider found with the thread's context class loader. */
    public Builder withDiscovered() {
      return withDiscovered(Discovery.defaultLoader());
    }

    /**
     * Registers the rules of every provider {@code loader} finds, and the message bundle each
     * names; see {@link ScoringRules#withDiscovered(ClassLoader)}.
     */
    public Builder withDiscovered(ClassLoader loader) {
      Objects.requireNonNull(loader, "loader");
      for (ScoringRuleProvider provider : Discovery.providers(ScoringRuleProvider.class, loader,
          ScoringRuleProvider::priority)) {
        String source = Discovery.source(provider);
        Discovery.registerBundle(provider, Discovery.call(provider, PluginPart.MESSAGE_BUNDLE,
            ScoringRuleProvider::messageBundle));
        List<ScoringRule> given = Discovery.call(provider, PluginPart.RULES,
            p -> List.copyOf(p.rules()));
        for (ScoringRule rule : given) {
          add(Discovery.call(rule, PluginPart.RULE_TYPE, ScoringRule::type), rule, source);
        }
      }
      return this;
    }

    /**
     * Registers each rule under its own {@link ScoringRule#type()}.
     *
     * @throws PluginException if a type id is already registered, naming both sources
     * @throws IllegalArgumentException if a type id is malformed
     */
    public Builder register(ScoringRule... more) {
      for (ScoringRule rule : Arrays.asList(more)) {
        Objects.requireNonNull(rule, "rule");
        add(rule.type(), rule, Discovery.EXPLICIT);
      }
      return this;
    }

    /** The immutable registry. */
    public ScoringRules build() {
      return new ScoringRules(rules, sources);
    }

    private void add(String type, ScoringRule rule, String source) {
      Discovery.checkId(PluginKind.SCORING_RULE, type, source, "carry-over-level");
      ScoringRule taken = rules.get(type);
      if (taken != null) {
        throw Discovery.duplicate(PluginKind.SCORING_RULE, type, sources.get(type), taken,
            source, rule);
      }
      rules.put(type, rule);
      sources.put(type, source);
    }
  }
}
