package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule spec may give a rule (评分方法参数声明): the names of its numeric parameters, the names
 * of its options with the values each allows, and whether it takes a band table. A rulebook naming
 * the rule with anything else is refused when it is built (or verified, for a user's rule), with a
 * "did you mean" for a near miss: a misspelt {@code fracton} would otherwise leave the default in
 * force without a word.
 *
 * <pre>{@code
 * RuleParameters.builder().param("standard").param("step")
 *     .option("fraction", "proportional", "whole-points").build();
 * }</pre>
 */
public final class RuleParameters {

  private static final RuleParameters NONE = builder().build();

  private final Set<String> params;
  private final Map<String, List<String>> options;
  private final boolean bands;

  private RuleParameters(Builder b) {
    this.params = Collections.unmodifiableSet(new LinkedHashSet<>(b.params));
    this.options = Collections.unmodifiableMap(new LinkedHashMap<>(b.options));
    this.bands = b.bands;
  }

  /** A rule that takes no parameters, no options and no bands. */
  public static RuleParameters none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The numeric parameters' names, in declaration order. */
  public Set<String> params() {
    return params;
  }

  /** The options' names, each with the values it allows, in declaration order. */
  public Map<String, List<String>> options() {
    return options;
  }

  /** Whether the rule takes a band table. */
  public boolean takesBands() {
    return bands;
  }

  @Override
  public String toString() {
    return "RuleParameters{params=" + params + ", options=" + options + ", bands=" + bands + "}";
  }

  /** Builds {@link RuleParameters}. */
  public static final class Builder {
    private final Set<String> params = new LinkedHashSet<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private boolean bands;

    private Builder() {}

    /** Declares the numeric parameter {@code name}. */
    public Builder param(String name) {
      params.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /** Declares the option {@code name} and the values it allows (at least one). */
    public Builder option(String name, String... allowed) {
      if (allowed.length == 0) {
        throw new IllegalArgumentException(Message.of("rules.parameters.no-values",
            Argument.text("option", Echo.text(String.valueOf(name)))).render(Locale.ENGLISH));
      }
      options.put(Objects.requireNonNull(name, "name"), List.of(allowed));
      return this;
    }

    /** Declares that the rule takes a band table. */
    public Builder bands() {
      bands = true;
      return this;
    }

    /** The declaration. */
    public RuleParameters build() {
      return new RuleParameters(this);
    }
  }
}
