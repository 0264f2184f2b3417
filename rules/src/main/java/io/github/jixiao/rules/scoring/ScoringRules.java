package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.scoring.internal.BuiltIns;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.rules.spi.ScoringRuleProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of scoring rule types (评分方法注册表): type id → {@link ScoringRule}. Frozen once
 * built, so it is safe to share between threads. A type id names one rule: registering an id twice
 * is refused, whether explicitly, through {@link ScoringRuleProvider}s found by {@link
 * ServiceLoader}, or both. The order of {@link #ids()} is deterministic: built-ins first, then
 * providers by priority and class name, then explicit registrations in order.
 *
 * <pre>{@code
 * ScoringRules rules = ScoringRules.builder()
 *     .withBuiltIns()
 *     .register("carry-over-level", new CarryOverLevelRule())
 *     .build();
 * ScoreCard card = Scorer.using(rules).score(evaluation, rulebook);
 * }</pre>
 */
public final class ScoringRules {

  private final Map<String, ScoringRule> rules;

  private ScoringRules(Map<String, ScoringRule> rules) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
  }

  /** The built-in rules of the methodology only ({@link BuiltInRules}). */
  public static ScoringRules builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The built-in rules and every rule of the {@link ScoringRuleProvider}s found by {@link
   * ServiceLoader} with this library's class loader, discovered once.
   *
   * @throws IllegalStateException if two providers, or a provider and a built-in, share an id
   */
  public static ScoringRules defaults() {
    return Holder.DEFAULTS;
  }

  /** A new, empty builder: add the built-ins with {@link Builder#withBuiltIns()}. */
  public static Builder builder() {
    return new Builder();
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

  private static final class Holder {
    static final ScoringRules BUILT_IN = builder().withBuiltIns().build();
    static final ScoringRules DEFAULTS = builder().withBuiltIns()
        .discover(ScoringRules.class.getClassLoader()).build();
  }

  /** Builds a frozen {@link ScoringRules} (评分方法注册表); refuses duplicate and malformed type ids. */
  public static final class Builder {
    private final Map<String, ScoringRule> rules = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    private Builder() {}

    /** Registers the built-in rules of the methodology. */
    public Builder withBuiltIns() {
      BuiltIns.all().forEach((id, rule) -> add(id, rule, "built-in"));
      return this;
    }

    /** Registers the rules of every provider found with the context class loader. */
    public Builder discover() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return discover(loader != null ? loader : ScoringRules.class.getClassLoader());
    }

    /**
     * Registers the rules of every {@link ScoringRuleProvider} that {@code loader} finds, by
     * priority (higher first) then class name.
     */
    public Builder discover(ClassLoader loader) {
      List<ScoringRuleProvider> providers = new ArrayList<>();
      ServiceLoader.load(ScoringRuleProvider.class, loader).forEach(providers::add);
      providers.sort(Comparator.comparingInt(ScoringRuleProvider::priority).reversed()
          .thenComparing(p -> p.getClass().getName()));
      for (ScoringRuleProvider provider : providers) {
        String origin = "provider " + provider.getClass().getName();
        Map<String, ScoringRule> provided = Objects.requireNonNull(provider.rules(),
            () -> origin + " returned null rules");
        provided.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> add(e.getKey(), e.getValue(), origin));
      }
      return this;
    }

    /**
     * Registers {@code rule} under {@code type}.
     *
     * @param type the type id a rulebook names the rule by: lower-case letters, digits, '-', '_'
     *     and '.', starting with a letter, e.g. {@code carry-over-level}
     * @throws IllegalArgumentException if the id is malformed or already registered
     */
    public Builder register(String type, ScoringRule rule) {
      return add(type, rule, "explicit registration");
    }

    /** The frozen registry. */
    public ScoringRules build() {
      return new ScoringRules(rules);
    }

    private Builder add(String type, ScoringRule rule, String origin) {
      Objects.requireNonNull(rule, () -> "rule for type '" + type + "' (" + origin + ")");
      checkId(type, origin);
      if (rules.containsKey(type)) {
        throw new IllegalArgumentException("scoring rule type '" + type + "' is already"
            + " registered (" + origins.get(type) + ", " + rules.get(type).getClass().getName()
            + "); " + origin + " of " + rule.getClass().getName() + " is refused: a type id names"
            + " one rule, so choose another id");
      }
      rules.put(type, rule);
      origins.put(type, origin);
      return this;
    }

    private static void checkId(String type, String origin) {
      boolean valid = type != null && !type.isEmpty() && type.charAt(0) >= 'a'
          && type.charAt(0) <= 'z';
      for (int i = 0; valid && i < type.length(); i++) {
        char c = type.charAt(i);
        valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
            || c == '.';
      }
      if (!valid) {
        throw new IllegalArgumentException("scoring rule type id '" + type + "' (" + origin
            + ") is malformed: use lower-case letters, digits, '-', '_' and '.', starting with a"
            + " letter, e.g. \"carry-over-level\"");
      }
    }
  }
}
