package io.github.jixiao.testkit;

import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Generators of what a scoring rule (评分方法) sees: {@link RuleSpec specs} of the built-in rule
 * types with parameters that make sense, and {@link RuleInput inputs} (评分输入) — an indicator's
 * weight (分值, 0.01 to 100.00), target (年度指标值) and direction, actual value (实际完成值), level
 * reached and chosen points — shaped for the rule that consumes them. Feed them to
 * {@link ScoringRuleLaws}.
 *
 * <pre>{@code
 * ScoringRuleLaws.of(new MyRule(), RuleGens.inputs(RuleSpec.of("my-rule"))).checkRandomly(2021, 500);
 * }</pre>
 */
public final class RuleGens {

  private RuleGens() {}

  /** Inputs of any built-in rule type, with a spec of that type. */
  public static Gen<RuleInput> inputs() {
    return Gen.elements(BuiltInRules.ids()).flatMap(RuleGens::inputs);
  }

  /**
   * Inputs of the built-in rule {@code type} ({@link BuiltInRules#PROPORTIONAL} …), each with a spec
   * of that type valid for its weight.
   *
   * @throws IllegalArgumentException if {@code type} is not built in
   */
  public static Gen<RuleInput> inputs(String type) {
    requireBuiltIn(type);
    return weights().flatMap(weight -> Rules.spec(type, weight)
        .flatMap(spec -> Rules.inputs(spec, weight)));
  }

  /**
   * Inputs for the rule {@code spec} names, with weights from 0.01 to 100.00. For a built-in type
   * they are shaped for that rule; for a rule of your own each input (target, direction, actual,
   * level, chosen points) is present or not, so that your rule meets missing data too.
   */
  public static Gen<RuleInput> inputs(RuleSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return weights().flatMap(weight -> Rules.inputs(spec, weight));
  }

  /**
   * Inputs for {@code spec} that are not shaped for any rule: target, direction, actual value,
   * level and chosen points each present or not — what a rule meets when data is missing or
   * belongs to another kind of indicator.
   */
  public static Gen<RuleInput> unshapedInputs(RuleSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return weights().flatMap(weight -> Rules.unshaped(spec, weight));
  }

  /**
   * Inputs of the built-in rule {@code type}, with valid specs, not shaped for it.
   *
   * @throws IllegalArgumentException if {@code type} is not built in
   */
  public static Gen<RuleInput> unshapedInputs(String type) {
    requireBuiltIn(type);
    return weights().flatMap(weight -> Rules.spec(type, weight)
        .flatMap(spec -> Rules.unshaped(spec, weight)));
  }

  /** Specs of the built-in rule {@code type} whose parameters make sense for {@code weight}. */
  public static Gen<RuleSpec> specs(String type, BigDecimal weight) {
    return Rules.spec(Objects.requireNonNull(type, "type"), Objects.requireNonNull(weight, "weight"));
  }

  /** Weights (分值) of an indicator: 0.01 to 100.00 at two decimals, simplest 10.00. */
  public static Gen<BigDecimal> weights() {
    return source -> BigDecimal.valueOf(source.between(1, 100_00, 10_00), 2);
  }

  private static void requireBuiltIn(String type) {
    Objects.requireNonNull(type, "type");
    if (!BuiltInRules.ids().contains(type)) {
      throw new IllegalArgumentException("'" + type + "' is not a built-in rule type; use one of "
          + BuiltInRules.ids() + ", or inputs(RuleSpec) for a rule of your own");
    }
  }
}
