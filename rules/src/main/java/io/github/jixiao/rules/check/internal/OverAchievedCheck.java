package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * JX-209 (超计划完成): a quantitative indicator of direction ≥ or = whose actual reaches the
 * over-achievement ratio times its target — 1.2 unless the rulebook says otherwise ({@link
 * Rulebook#getOverAchievementRatio()}; 1.3 in one province) — the vendor systems' entry check and
 * the methodology's own reviewer finding: the target was probably set too low, and the score may
 * be reduced (适度调减). An indicator with a formula (the execution line) is left to its own checks;
 * a target of 0 or below gives no ratio. Path {@code $.entries[i].actual}; expected {@code < 1.2 ×
 * 1000}, actual the value; the message shows the completion at 2 decimals, rounded half up.
 */
final class OverAchievedCheck extends EntryCheck {

  OverAchievedCheck() {
    super(CheckCode.OVER_ACHIEVED);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    if (indicator.getKind() != IndicatorKind.QUANTITATIVE || indicator.getFormula().isPresent()
        || indicator.getDirection().isEmpty()
        || indicator.getDirection().get() == Direction.AT_MOST
        || indicator.getTarget().isEmpty() || entry.getActual().isEmpty()
        || indicator.getTarget().get().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal ratio = context.rulebook().map(Rulebook::getOverAchievementRatio)
        .orElse(Rulebook.DEFAULT_OVER_ACHIEVEMENT_RATIO);
    BigDecimal target = indicator.getTarget().get();
    BigDecimal actual = entry.getActual().get();
    if (actual.compareTo(ratio.multiply(target)) < 0) {
      return Optional.empty();
    }
    BigDecimal percent = actual.multiply(BigDecimal.valueOf(100))
        .divide(target, 2, RoundingMode.HALF_UP);
    return Optional.of(finding(at + ".actual")
        .expected("< " + plain(ratio) + " × " + plain(target)).actual(plain(actual))
        .message(Message.of("check.over-achieved", code(indicator), name(indicator),
            number("actual", actual), Argument.text("direction",
                indicator.getDirection().get().symbol()), number("target", target),
            number("percent", percent), number("ratio", ratio)))
        .build());
  }
}
