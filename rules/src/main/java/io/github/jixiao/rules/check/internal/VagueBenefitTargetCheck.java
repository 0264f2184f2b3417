package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * JX-606, the reviewers' standard 3 (不具可考核性): a 效益 leaf whose target is only words — no
 * number, and a word of direction such as 明显, 提升, 加强, 完善, 提高, 改善 — has a direction but
 * no way to measure it, which the standard deducts 60 % of the weight for (an empty claim with no
 * evidence is 0, a formula without a data source −30 %, left to the reviewer). Path {@code
 * $.indicators[i].targetText}; expected at most 40 % of the weight (2 decimals, half up), actual
 * the word found. A unit that claims no more than those 40 % took the deduction itself and is
 * not flagged.
 */
final class VagueBenefitTargetCheck extends IndicatorCheck {

  /** Words of direction that say nothing measurable, in the order they are tried. */
  static final List<String> VAGUE = List.of("明显", "提升", "加强", "完善", "提高", "改善");

  private static final BigDecimal KEPT = new BigDecimal("0.4");

  VagueBenefitTargetCheck() {
    super(CheckCode.VAGUE_BENEFIT_TARGET);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, Indicator indicator) {
    Optional<String> target = indicator.getTargetText();
    if (indicator.getKind() != IndicatorKind.QUALITATIVE || target.isEmpty()
        || target.get().codePoints().anyMatch(Character::isDigit)
        || !Groups.top(context, indicator).map(t -> t.getName().contains("效益"))
            .orElse(false)) {
      return Optional.empty();
    }
    BigDecimal most = indicator.getWeight().multiply(KEPT).setScale(2, RoundingMode.HALF_UP);
    if (context.netClaim(indicator.getCode()).map(c -> !above(c, most)).orElse(false)) {
      return Optional.empty(); // the unit took the deduction itself
    }
    return VAGUE.stream().filter(target.get()::contains).findFirst()
        .map(word -> finding(at + ".targetText").expected("≤ " + plain(most)).actual(word)
            .message(Message.of("check.vague-benefit-target", code(indicator), name(indicator),
                text("target", target.get()), text("word", word), number("most", most)))
            .build());
  }
}
