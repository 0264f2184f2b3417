package io.github.jixiao.rules.words;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.RuleSpec;
import org.immutables.value.Value;

/**
 * One leaf's rule in words (评分标准): the spec it is scored by, where that spec comes from, and
 * what the rule says of it — "得分 = 10 × 实际值 ÷ 目标值，最高为10" — or, for a rule that says nothing
 * of itself, is not registered or failed to say, its type id and parameters ({@link
 * #isDescribed()} false).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleWords.class)
@JsonDeserialize(as = ImmutableRuleWords.class)
public interface RuleWords extends WithRuleWords {

  /** The spec the leaf is scored by: its own or the default one. */
  RuleSpec getSpec();

  /** Whether the spec is the leaf's own, the rulebook's default or the built-in default. */
  RuleOrigin getOrigin();

  /** The rule in words: the rule's own, else its type id and parameters. */
  Message getWords();

  /**
   * Whether the words are the rule's own ({@code ScoringRule.describe}); false when they are only
   * its type id and parameters.
   */
  @Value.Default
  default boolean isDescribed() {
    return true;
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RuleWords}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableRuleWords.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "RuleWords");
  }
}
