package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-204: an indicator of the evaluation's table has the code of a rulebook indicator whose name
 * (and aliases) it does not bear — two different indicators under one code. The scorer matches a
 * rulebook node to the table by code first, so the wrong line would be scored. Codes duplicated
 * within the table itself are refused by core.
 */
final class CodeClashCheck extends RescoringCheck {

  CodeClashCheck() {
    super(CheckCode.DUPLICATE_CODE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    RulebookIndex book = new RulebookIndex(context.rulebook().orElseThrow());
    Argument id = text("rulebook", context.rulebook().get().getId());
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<RulebookIndicator> node = book.byCode(indicator.getCode());
      if (node.isPresent() && !node.get().isCalled(indicator.getName())) {
        String bookName = Echo.phrase(node.get().getName());
        String tableName = Echo.phrase(indicator.getName());
        findings.add(finding("$.indicators[" + i + "].code").expected(bookName).actual(tableName)
            .message(Message.of("check.code-clash", code(indicator), Argument.text("bookName",
                bookName), id, Argument.text("tableName", tableName)))
            .build());
      }
    }
    return findings;
  }
}
