package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JX-105: the budget by funding source (资金来源) does not add up to its total (年度资金总额 =
 * 当年财政拨款 + 上年结转资金 + 其他资金, or the Sichuan split), for the initial budget (年初预算数),
 * the full-year budget (全年预算数) or the amount executed (全年执行数) — exactly, in the budget's
 * unit. A row that leaves a figure empty ("-", "—") adds nothing to it; a figure no row gives is
 * not checked. A total row of 0 beside a 拨款 row of 89.974 is a finding: path {@code
 * $.budget.fullYear}, expected {@code 89.974}, actual {@code 0}.
 */
final class FundingVsTotalCheck extends StandardCheck {

  FundingVsTotalCheck() {
    super(CheckCode.FUNDING_VS_TOTAL);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Budget budget = context.evaluation().getBudget();
    List<Finding> findings = new ArrayList<>();
    if (budget.getFunding().isEmpty()) {
      return findings;
    }
    if (budget.getInitial().isPresent()) {
      compare(findings, budget, "initial", "check.funding.initial", budget.getInitial().get(),
          FundingLine::getInitial);
    }
    compare(findings, budget, "fullYear", "check.funding.full-year", budget.getFullYear(),
        FundingLine::getFullYear);
    compare(findings, budget, "executed", "check.funding.executed", budget.getExecuted(),
        FundingLine::getExecuted);
    return findings;
  }

  private void compare(List<Finding> findings, Budget budget, String field, String figure,
      BigDecimal total, Function<FundingLine, Optional<BigDecimal>> of) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    for (FundingLine line : budget.getFunding()) {
      Optional<BigDecimal> amount = of.apply(line);
      if (amount.isPresent()) {
        sum = sum.add(amount.get());
        any = true;
      }
    }
    if (!any || sum.compareTo(total) == 0) {
      return;
    }
    findings.add(finding("$.budget." + field).expected(plain(sum)).actual(plain(total))
        .message(Message.of("check.funding.sum", Argument.message("figure", figure),
            number("total", total), number("sum", sum),
            Argument.message("unit", Message.label(budget.getUnit())),
            number("rows", BigDecimal.valueOf(budget.getFunding().size()))))
        .build());
  }
}
