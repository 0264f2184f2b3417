package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to a scoring rule in a rulebook (评分方法): the rule's type id and its parameters, as
 * plain data — {@code {type: "threshold", params: {standard: 100, step: 0.5}, options: {fraction:
 * "proportional"}}}. A user's own rule type round-trips the same way. Numbers are exact; options are
 * named choices; bands are the table of a banded rule. Which parameters a type takes is the rule's
 * business: see {@link BuiltInRules} for the built-in ones.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSpec.class)
@JsonDeserialize(as = ImmutableRuleSpec.class)
public interface RuleSpec extends WithRuleSpec {

  /** The rule's type id, as registered in {@link ScoringRules}, e.g. {@code proportional}. */
  String getType();

  /** Numeric parameters by name, e.g. {@code step → 0.5}. */
  Map<String, BigDecimal> getParams();

  /** Named choices by name, e.g. {@code fraction → whole-points}. */
  Map<String, String> getOptions();

  /** The band table of a banded rule, in ascending order of value. */
  List<Band> getBands();

  /** The numeric parameter {@code name}, if given. */
  default Optional<BigDecimal> param(String name) {
    return Optional.ofNullable(getParams().get(name));
  }

  /** The option {@code name}, or {@code fallback} if not given. */
  default String option(String name, String fallback) {
    return getOptions().getOrDefault(name, fallback);
  }

  /** A rule of {@code type} without parameters. */
  static RuleSpec of(String type) {
    return builder().type(type).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSpec}. */
  final class Builder extends ImmutableRuleSpec.Builder {}

  /** Checks that the type id is given and not blank. */
  @Value.Check
  default void validate() {
    Validation.required(this, "RuleSpec");
    if (getType().isBlank()) {
      Validation.check(this, "RuleSpec", v -> v.add("type",
          Message.of("rules.rule-spec.type", Argument.text("example", "proportional"))));
    }
  }
}
