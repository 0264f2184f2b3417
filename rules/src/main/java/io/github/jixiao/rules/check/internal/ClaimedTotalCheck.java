package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * JX-206: the claimed total (自评总分) against the sum of the claimed scores of the table's scored
 * indicators (its leaves). Compared only when every leaf has a claimed score: a partial table (the
 * seed has none) says nothing about the total. Under a rulebook that moved an empty group's
 * weight into groups whose table leaves keep their own weights (满意度's 10 into 产出 50 and 效益
 * 30), the claims are summed as the rules sum the points: each such group's claims raised by its
 * raised weight over its own ({@link MovedWeights#raisedClaims}).
 */
final class ClaimedTotalCheck extends StandardCheck {

  ClaimedTotalCheck() {
    super(CheckCode.CLAIMED_TOTAL_VS_SUM);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    SelfEvaluation evaluation = context.evaluation();
    if (evaluation.getClaimedTotal().isEmpty() || evaluation.getIndicators().isEmpty()) {
      return List.of();
    }
    BigDecimal sum = BigDecimal.ZERO;
    int leaves = 0;
    for (Indicator indicator : evaluation.getIndicators()) {
      if (!context.isLeaf(indicator.getCode())) {
        continue;
      }
      Optional<BigDecimal> claimed = context.entry(indicator.getCode())
          .flatMap(IndicatorEntry::getClaimedScore);
      if (claimed.isEmpty()) {
        return List.of();
      }
      sum = sum.add(claimed.get());
      leaves++;
    }
    BigDecimal total = evaluation.getClaimedTotal().get();
    Optional<BigDecimal> raised = MovedWeights.raisedClaims(context);
    if (raised.isPresent()) {
      return raised.get().compareTo(total) == 0 ? List.of()
          : List.of(finding("$.claimedTotal").expected(plain(raised.get())).actual(plain(total))
              .message(Message.of("check.claimed-total.raised", number("total", total),
                  Argument.number("count", leaves), number("sum", sum),
                  number("raised", raised.get())))
              .build());
    }
    if (sum.compareTo(total) == 0) {
      return List.of();
    }
    return List.of(finding("$.claimedTotal").expected(plain(sum)).actual(plain(total))
        .message(leaves == 1
            ? Message.of("check.claimed-total.one", number("total", total), number("sum", sum))
            : Message.of("check.claimed-total.many", number("total", total),
                Argument.number("count", leaves), number("sum", sum)))
        .build());
  }
}
