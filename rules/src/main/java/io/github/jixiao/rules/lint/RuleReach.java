package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How far a leaf's rule reaches (得分可达范围): the most and the least points it can give for the
 * values it can be given, before deductions — and the lint of the two ends: a leaf that never
 * earns its full points (an error: the weight says what a perfect unit earns) and one that its rule
 * never takes to 0 (a warning: perhaps meant, as a table whose worst band still gives 1). Only the
 * built-in rules are read, and the points compared as the card shows them (3 × 0.333 shows as
 * 1.00 of a weight of 1, full). A rule whose ends the lint cannot tell reaches from 0 to its
 * weight, as far as the grade scale's lint is concerned.
 */
final class RuleReach {

  /**
   * The most and the least points a leaf's rule gives.
   *
   * @param most the most, at most the weight
   * @param least the least, at least 0
   */
  record Reach(BigDecimal most, BigDecimal least) {}

  private RuleReach() {}

  /**
   * The reach of {@code site}'s rule at its weight (empty without a weight), reporting each end
   * that falls short into {@code problems}.
   */
  static Optional<Reach> of(RuleSite site, Consumer<LintProblem> problems) {
    Optional<Reach> reach = target(site, problems);
    if (reach.isPresent() || !site.analysed()) {
      return reach.or(() -> site.weight().map(w -> new Reach(w, BigDecimal.ZERO)));
    }
    String type = site.spec().getType();
    if (BandTables.banded(site)) {
      return bands(site, problems);
    }
    if (type.equals(BuiltInRules.CHECKLIST)) {
      return checklist(site, problems);
    }
    if (type.equals(BuiltInRules.THRESHOLD)) {
      return threshold(site, problems);
    }
    return site.weight().map(w -> new Reach(w, BigDecimal.ZERO));
  }

  // A rule against a target the rule refuses scores every value 0 (the scorer refuses it): the
  // spec's own target is verified by the rule's check; the leaf's is not.
  private static Optional<Reach> target(RuleSite site, Consumer<LintProblem> problems) {
    String type = site.spec().getType();
    boolean positive = type.equals(BuiltInRules.PROPORTIONAL)
        || type.equals(BuiltInRules.REVERSE_LINEAR);
    boolean notNegative = type.equals(BuiltInRules.REVERSE_RATIO)
        || type.equals(BuiltInRules.EQUAL);
    if (!site.analysed() || !(positive || notNegative)
        || site.spec().param(BuiltInRules.TARGET).isPresent() || site.target().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal target = site.target().get();
    if (positive ? target.signum() > 0 : target.signum() >= 0) {
      return Optional.empty();
    }
    problems.accept(LintProblem.of(LintCode.NEVER_FULL_POINTS, site.leaf("target"),
        Message.of("rules.lint.never-full.target", Argument.message("what", site.what()),
            Argument.text("type", type), Argument.number("target", target),
            Argument.message("fix", positive
                ? Message.of("rules.lint.fix.target-positive",
                    Argument.text("equal", BuiltInRules.EQUAL))
                : Message.of("rules.lint.fix.target-not-negative")))));
    return Optional.of(new Reach(BigDecimal.ZERO, BigDecimal.ZERO));
  }

  private static Optional<Reach> bands(RuleSite site, Consumer<LintProblem> problems) {
    List<Band> bands = site.spec().getBands();
    // Of bands giving the same points, the one named is at the table's best or worst end: the
    // last best of a table that rises (≥ 90 → 4 rather than [80, 90) → 4), the first worst.
    boolean rising = bands.get(bands.size() - 1).getPoints()
        .compareTo(bands.get(0).getPoints()) >= 0;
    int best = -1;
    int worst = -1;
    for (int b = 0; b < bands.size(); b++) {
      if (!site.range().meets(bands.get(b))) {
        continue;
      }
      int higher = best < 0 ? 1 : highest(bands.get(b)).compareTo(highest(bands.get(best)));
      if (higher > 0 || (higher == 0 && rising)) {
        best = b;
      }
      int lower = worst < 0 ? 1
          : bands.get(worst).getPoints().compareTo(bands.get(b).getPoints());
      if (lower > 0 || (lower == 0 && !rising)) {
        worst = b;
      }
    }
    if (best < 0 || site.weight().isEmpty()) {
      return site.weight().map(w -> new Reach(w, BigDecimal.ZERO));
    }
    BigDecimal most = highest(bands.get(best));
    // A value in no band is refused with 0 points: the table then reaches 0 that way.
    BigDecimal least = BandTables.leavesOut(site) ? BigDecimal.ZERO
        : bands.get(worst).getPoints();
    Argument what = Argument.message("what", site.what());
    if (site.belowWeight(most)) {
      problems.accept(LintProblem.of(LintCode.NEVER_FULL_POINTS,
          site.at("bands[" + best + "]." + (bands.get(best).getPointsTo().isPresent()
              ? "pointsTo" : "points")),
          Message.of("rules.lint.never-full.bands", what,
              Argument.number("most", plain(most)),
              Argument.number("weight", site.weight().get()))));
    }
    if (site.aboveZero(least)) {
      problems.accept(LintProblem.of(LintCode.NEVER_ZERO,
          site.at("bands[" + worst + "].points"),
          Message.of("rules.lint.never-zero.bands", what,
              Argument.number("least", plain(least)))));
    }
    return Optional.of(new Reach(most, least));
  }

  /** The highest points of a band: its range's top, or its points. */
  private static BigDecimal highest(Band band) {
    return band.getPointsTo().orElse(band.getPoints());
  }

  private static Optional<Reach> checklist(RuleSite site, Consumer<LintProblem> problems) {
    if (site.weight().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal weight = site.weight().get();
    BigDecimal items = site.param(BuiltInRules.ITEMS);
    BigDecimal perItem = site.param(BuiltInRules.PER_ITEM);
    BigDecimal all = items.multiply(perItem);
    Argument[] said = {Argument.message("what", site.what()), Argument.number("items", items),
        Argument.number("perItem", perItem), Argument.number("weight", weight),
        Argument.text("param", BuiltInRules.PER_ITEM)};
    String at = site.at("params." + BuiltInRules.PER_ITEM);
    if (!"deduct".equals(site.spec().option(BuiltInRules.FORM, "add"))) {
      if (site.belowWeight(all)) {
        problems.accept(LintProblem.of(LintCode.NEVER_FULL_POINTS, at,
            Message.of("rules.lint.never-full.checklist", with(said,
                Argument.number("most", plain(all))))));
      }
      return Optional.of(new Reach(all.min(weight), BigDecimal.ZERO));
    }
    BigDecimal least = weight.subtract(all).max(BigDecimal.ZERO);
    if (site.aboveZero(least)) {
      problems.accept(LintProblem.of(LintCode.NEVER_ZERO, at,
          Message.of("rules.lint.never-zero.checklist", with(said,
              Argument.number("loss", plain(all)), Argument.number("least", plain(least))))));
    }
    return Optional.of(new Reach(weight, least));
  }

  private static Optional<Reach> threshold(RuleSite site, Consumer<LintProblem> problems) {
    BigDecimal standard = site.param(BuiltInRules.STANDARD);
    boolean atLeast = "at-least".equals(site.spec().option(BuiltInRules.DIRECTION, "at-most"));
    Argument what = Argument.message("what", site.what());
    Argument shownStandard = Argument.number("standard", standard);
    if (!site.range().notNegative()) {
      return site.weight().map(w -> new Reach(w, BigDecimal.ZERO));
    }
    // The value is never below 0: the best value of "at most" and the worst of "at least".
    BigDecimal beyond = atLeast ? standard : standard.negate();
    if (!atLeast && beyond.signum() > 0) {
      problems.accept(LintProblem.of(LintCode.NEVER_FULL_POINTS,
          site.at("params." + BuiltInRules.STANDARD),
          Message.of("rules.lint.never-full.threshold", what, shownStandard)));
    }
    if (atLeast && beyond.signum() <= 0) {
      problems.accept(LintProblem.of(LintCode.NEVER_ZERO,
          site.at("params." + BuiltInRules.STANDARD),
          Message.of("rules.lint.never-zero.threshold-nothing", what, shownStandard)));
    }
    if (site.weight().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal weight = site.weight().get();
    BigDecimal counted = "whole-points".equals(site.spec().option(BuiltInRules.FRACTION,
        "proportional")) ? beyond.setScale(0, RoundingMode.CEILING) : beyond;
    BigDecimal step = site.param(BuiltInRules.STEP);
    BigDecimal loss = step.multiply(counted.max(BigDecimal.ZERO));
    BigDecimal kept = weight.subtract(loss).max(BigDecimal.ZERO);
    if (!atLeast) {
      return Optional.of(new Reach(kept, BigDecimal.ZERO));
    }
    if (beyond.signum() > 0 && site.aboveZero(kept)) {
      problems.accept(LintProblem.of(LintCode.NEVER_ZERO, site.at("params." + BuiltInRules.STEP),
          Message.of("rules.lint.never-zero.threshold", what, shownStandard,
              Argument.number("counted", counted), Argument.number("step", step),
              Argument.number("loss", plain(loss)), Argument.number("weight", weight),
              Argument.number("least", plain(kept)),
              Argument.text("param", BuiltInRules.STEP))));
    }
    return Optional.of(new Reach(weight, kept));
  }

  /** {@code value} without trailing zeros, never in exponent form: 4.50 → 4.5, 5.00 → 5. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Argument[] with(Argument[] first, Argument... more) {
    Argument[] all = new Argument[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
