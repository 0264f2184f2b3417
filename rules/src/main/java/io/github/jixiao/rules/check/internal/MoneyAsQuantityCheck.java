package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.ReviewWords;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * JX-601, the reviewers' standard on 数量指标 (复核标准第 10 条, lifecycle.md §4): a 数量 indicator —
 * a leaf under a 二级 indicator named 数量指标, or one whose own name says 数量 — that measures
 * money paid, allocated or executed (its name holds 资金, 支付, 拨付, 执行率 or 预算执行) scores 0
 * on review: spending is the execution line's, not an output. An indicator with a formula (the
 * execution line itself) is not one. Path {@code $.indicators[i].name}; expected {@code 0}
 * points on review, actual the word found.
 */
final class MoneyAsQuantityCheck extends IndicatorCheck {

  /** The words that make an indicator's name one of money spent, in the order they are tried. */
  static final List<String> MONEY_WORDS = ReviewWords.MONEY;

  MoneyAsQuantityCheck() {
    super(CheckCode.MONEY_AS_QUANTITY);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, Indicator indicator) {
    if (indicator.getFormula().isPresent() || !isQuantity(context, indicator)) {
      return Optional.empty();
    }
    return MONEY_WORDS.stream().filter(indicator.getName()::contains).findFirst()
        .map(word -> finding(at + ".name").expected("0").actual(word)
            .message(Message.of("check.money-as-quantity", code(indicator), name(indicator),
                text("word", word)))
            .build());
  }

  private static boolean isQuantity(CheckContext context, Indicator indicator) {
    if (indicator.getName().contains("数量")) {
      return true;
    }
    return indicator.getParentCode().flatMap(context::indicator)
        .map(parent -> parent.getName().contains("数量")).orElse(false);
  }
}
