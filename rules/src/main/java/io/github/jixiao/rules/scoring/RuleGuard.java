package io.github.jixiao.rules.scoring;

import io.github.jixiao.rules.explanation.Argument;
import io.github.jixiao.rules.explanation.Explanation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * Runs a rule on one indicator without trusting it (评分方法防护): what it throws, a null outcome,
 * points outside [0, weight] and points of an absurd scale or precision are reported as a {@link
 * ScoringException} naming the rule and the indicator, before any arithmetic on them; a rule slower
 * than {@link #SLOW_MILLIS} is noted on the card.
 */
final class RuleGuard {

  /** A rule that takes longer than this on one indicator is noted on the card. */
  static final long SLOW_MILLIS = 1000;

  /** Decimals beyond the rounding scale an outcome may have: built-in rules keep to 10. */
  static final int SCALE_MARGIN = 20;

  /** The most significant digits an outcome may have. */
  static final int MAX_PRECISION = 40;

  private static final Argument LIMIT = Argument.number("limit", BigDecimal.valueOf(SLOW_MILLIS));

  private final String rulebookId;
  private final int maxScale;
  private final List<Explanation> notes;

  RuleGuard(String rulebookId, int roundingScale, List<Explanation> notes) {
    this.rulebookId = rulebookId;
    this.maxScale = roundingScale + SCALE_MARGIN;
    this.notes = notes;
  }

  RuleOutcome score(ScoringRule rule, String type, RuleInput input) {
    String code = input.getIndicatorCode();
    // Codes and type ids come from a rulebook or an evaluation: echoed bounded and escaped.
    String shownCode = Echo.text(code);
    String shownType = Echo.text(type);
    long start = System.nanoTime();
    RuleOutcome outcome;
    try {
      outcome = rule.score(input);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // Errors a user's rule can cause are reported by name like exceptions; OutOfMemoryError and
      // the JVM's other VirtualMachineErrors propagate.
      throw failed(type, code, "scoring rule '" + shownType + "' (" + rule.getClass().getName()
          + ") failed on indicator '" + shownCode + "' (" + Echo.text(input.getIndicatorName())
          + "): " + Echo.text(String.valueOf(e), 200) + "; fix the rule, or its parameters in"
          + " rulebook '" + Echo.text(rulebookId) + "'",
          "评分方法 '" + shownType + "' 为指标 '" + shownCode + "' 评分时出错",
          e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > SLOW_MILLIS) {
      notes.add(Explanation.of("note.slow-rule", Argument.text("rule", shownType),
          Argument.text("code", shownCode),
          Argument.number("millis", BigDecimal.valueOf(millis)), LIMIT));
    }
    if (outcome == null) {
      throw failed(type, code, "scoring rule '" + shownType + "' returned no outcome for indicator '"
          + shownCode + "'; a rule must return a RuleOutcome", "评分方法 '" + shownType + "' 未给出指标 '" + code
          + "' 的评分结果", null);
    }
    BigDecimal points = outcome.points();
    // Checked before anything compares or rounds them: setScale on 10^-300000000 never ends.
    // The bits first: precision() of a number of millions of digits alone takes seconds.
    if (Math.abs((long) points.scale()) > maxScale
        || points.unscaledValue().bitLength() > MAX_PRECISION * 4
        || points.precision() > MAX_PRECISION) {
      throw failed(type, code, "scoring rule '" + shownType + "' gave points " + Echo.number(points)
          + " for indicator '" + shownCode + "' with " + digits(points) + " digits and scale "
          + points.scale() + "; a rule's points may have at most " + MAX_PRECISION + " digits and"
          + " " + maxScale + " decimals (the rounding's " + (maxScale - SCALE_MARGIN) + " and "
          + SCALE_MARGIN + " more)", "评分方法 '" + shownType + "' 给指标 '" + shownCode + "' 的得分位数异常（精度 "
          + digits(points) + "，小数位 " + points.scale() + "）", null);
    }
    if (points.signum() < 0 || points.compareTo(input.getWeight()) > 0) {
      throw failed(type, code, "scoring rule '" + shownType + "' gave " + Echo.number(points)
          + " points for indicator '" + shownCode + "' of weight " + input.getWeight().toPlainString()
          + "; a rule must give points within [0, weight]", "评分方法 '" + shownType + "' 给指标 '" + code
          + "' 的得分 " + Echo.number(points) + " 不在 [0, 分值] 范围内", null);
    }
    return outcome;
  }

  /** The digits of {@code points}, counted only when few (else {@code >40}). */
  private static String digits(BigDecimal points) {
    return points.unscaledValue().bitLength() > MAX_PRECISION * 4
        ? ">" + MAX_PRECISION : String.valueOf(points.precision());
  }

  private static ScoringException failed(String type, String code, String en, String zh,
      Throwable cause) {
    return new ScoringException(type, code, en, zh, cause);
  }
}
