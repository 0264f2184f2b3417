package io.github.jixiao.rules.words;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A spec in words (评分方法的文字说明): what its registered rule says of it ({@link
 * ScoringRule#describe}), else its type id and parameters — for a rule that says nothing, is not
 * registered, or fails when asked (a user's rule is not trusted: its failure is named, by class,
 * and the rulebook is still shown).
 */
final class RuleDescriber {

  private final ScoringRules rules;

  RuleDescriber(ScoringRules rules) {
    this.rules = rules;
  }

  /** {@code spec} at {@code weight}, whose origin is {@code origin}, in words. */
  RuleWords describe(RuleSpec spec, Optional<BigDecimal> weight, RuleOrigin origin) {
    RuleWords.Builder words = RuleWords.builder().spec(spec).origin(origin);
    Optional<ScoringRule> rule = rules.find(spec.getType());
    if (rule.isEmpty()) {
      return words.words(plain("rules.words.unregistered", spec)).described(false).build();
    }
    Optional<Message> said;
    try {
      said = rule.get().describe(spec, weight);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // As the scorer's guard: what a user's rule can cause is named; the JVM's own errors
      // (OutOfMemoryError …) propagate. The words are shown without it, not the rulebook refused.
      return words.words(plain("rules.words.describe-failed", spec,
              Argument.text("class", rule.get().getClass().getName()),
              Argument.text("exception", e.getClass().getName())))
          .described(false).build();
    }
    if (said == null || said.isEmpty()) {
      return words.words(plain("rules.words.undescribed", spec)).described(false).build();
    }
    return words.words(said.get()).build();
  }

  /** The type id and the parameters, options and bands of {@code spec}, as it gives them. */
  private static Message plain(String key, RuleSpec spec, Argument... more) {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(Argument.text("type", Echo.text(spec.getType())));
    arguments.addAll(List.of(more));
    List<String> given = new ArrayList<>();
    spec.getParams().forEach((name, value) ->
        given.add(Echo.text(name) + " = " + Echo.number(value)));
    spec.getOptions().forEach((name, value) ->
        given.add(Echo.text(name) + " = " + Echo.text(value)));
    for (Band band : spec.getBands()) {
      given.add(band(band));
    }
    arguments.add(given.isEmpty() ? Argument.message("params", "rules.params.none")
        : Argument.list("params", given));
    return Message.of(key, arguments.toArray(Argument[]::new));
  }

  /** A band as data, the same in every language: "[80, 90) → 4", "(−∞, 60) → 0–20". */
  private static String band(Band band) {
    String points = Echo.number(band.getPoints())
        + band.getPointsTo().map(to -> "–" + Echo.number(to)).orElse("");
    return (band.isFromInclusive() ? "[" : "(")
        + band.getFrom().map(Echo::number).orElse("−∞") + ", "
        + band.getTo().map(Echo::number).orElse("+∞")
        + (band.isToInclusive() ? "]" : ")") + " → " + points;
  }
}
