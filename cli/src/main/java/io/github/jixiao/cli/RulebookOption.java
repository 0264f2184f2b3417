package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --rulebook} and {@code --rulebooks} options (评分办法选项), shared by {@code score},
 * {@code check} and {@code render}: resolved once, before any document is read. {@code
 * --rulebooks DIR} joins a directory of rulebook files to the built-in catalogue.
 */
final class RulebookOption {

  @Option(names = "--rulebook", paramLabel = "${bundle:cli.label.rulebook}",
      descriptionKey = "cli.option.rulebook")
  String value;

  @Mixin
  CatalogueOption rulebooks;

  @Mixin
  PluginOption plugins;

  @Option(names = "--split", paramLabel = "${bundle:cli.label.split}",
      descriptionKey = "cli.option.split")
  Map<String, String> splits = new LinkedHashMap<>();

  @Option(names = "--any-kind", descriptionKey = "cli.option.any-kind")
  boolean anyKind;

  @Option(names = "--strict", descriptionKey = "cli.option.strict")
  boolean strict;

  private Optional<Rulebook> given = Optional.empty();
  private final Map<String, List<BigDecimal>> weights = new LinkedHashMap<>();

  /**
   * Reads the rulebook the option names, if it names one.
   *
   * @return false after reporting why the option names no usable rulebook
   */
  boolean resolve(Documents documents) {
    given = Optional.empty();
    weights.clear();
    for (Map.Entry<String, String> split : splits.entrySet()) {
      Optional<List<BigDecimal>> parsed = parse(split.getValue());
      if (parsed.isEmpty()) {
        documents.say("--split " + split.getKey() + "=" + split.getValue() + ": ",
            Message.of("cli.split.format", Argument.text("example", "duty-management=60,40")));
        return false;
      }
      weights.put(split.getKey(), parsed.get());
    }
    if (!plugins.load(documents)) {
      return false;
    }
    documents.verifyWith(plugins.scorer());
    if (!rulebooks.join(documents)) {
      return false;
    }
    if (value == null) {
      return true;
    }
    given = documents.rulebook(value);
    return given.isPresent();
  }

  /**
   * The scorer the command scores with: the built-in rules, proceeding on a kind mismatch if
   * asked, and in strict mode if asked (a rule that fails on one indicator refuses the file
   * instead of marking the indicator 评分失败 and scoring the rest).
   */
  Scorer scorer() {
    Scorer scorer = anyKind ? plugins.scorer().proceedingOnKindMismatch() : plugins.scorer();
    return strict ? scorer.strict() : scorer;
  }

  /** The standard checks, with the plug-ins' ({@code --plugins}) once resolved. */
  Checks checks() {
    return plugins.checks();
  }

  /** The rulebook the option named, once {@link #resolve resolved}; empty if none was given. */
  Optional<Rulebook> given() {
    return given;
  }

  /**
   * The rulebook {@code evaluation} is scored under, and why: the one the option named, else the
   * one the document names, else the catalogue's choice by region and year.
   *
   * @throws Unusable if none can be found
   */
  RulebookChoice choice(SelfEvaluation evaluation, Documents documents) {
    return split(given.map(RulebookOption::byOption)
        .orElseGet(() -> documents.choose(evaluation)));
  }

  /** As {@link #choice}, but empty when nothing names a rulebook and none applies. */
  Optional<RulebookChoice> choiceIfAny(SelfEvaluation evaluation, Documents documents) {
    return given.map(RulebookOption::byOption).or(() -> documents.chooseIfAny(evaluation))
        .map(this::split);
  }

  /**
   * {@code choice} with the weight splits of {@code --split} set.
   *
   * @throws Unusable if its rulebook has no such split, or refuses the weights
   */
  private RulebookChoice split(RulebookChoice choice) {
    Rulebook rulebook = choice.rulebook();
    for (Map.Entry<String, List<BigDecimal>> split : weights.entrySet()) {
      try {
        rulebook = rulebook.withSplit(split.getKey(), split.getValue());
      } catch (InvalidValueException e) {
        throw new Unusable(Unusable.RULEBOOK, null, Message.of("cli.split.refused",
            Argument.text("option", "--split"), Argument.text("id", rulebook.getId()),
            Argument.message("reason", e.violations().get(0).message())), e);
      }
    }
    return weights.isEmpty() ? choice : new RulebookChoice(rulebook, choice.named(),
        choice.reason());
  }

  /** {@code 60,40} as weights; empty unless each is a plain decimal of at most 8 characters. */
  private static Optional<List<BigDecimal>> parse(String value) {
    List<BigDecimal> parsed = new java.util.ArrayList<>();
    for (String part : value.split(",", -1)) {
      String w = part.strip();
      if (!w.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
        return Optional.empty();
      }
      parsed.add(new BigDecimal(w));
    }
    return Optional.of(parsed);
  }

  private static RulebookChoice byOption(Rulebook rulebook) {
    return new RulebookChoice(rulebook, true, Message.of("cli.choice.option",
        Argument.text("option", "--rulebook")));
  }
}
