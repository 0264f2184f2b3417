package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JX-212, the vendor systems' entry check (lifecycle.md §3, layout F's column 11 "完成情况简要描述
 * （定量选填，定性必填）"): a qualitative leaf's entry with no 完成情况简要描述. Only where the table
 * has the column — some entry of the evaluation states a completion, or the workbook it was
 * imported from has the column (the importer records the blank cell) — since a document that
 * never carries the column (most JSON written by hand) would otherwise be flagged on every
 * qualitative row for what it cannot say. Path {@code $.entries[i].completion}, the cell where
 * the table names it.
 */
final class QualitativeWithoutCompletionCheck extends StandardCheck {

  QualitativeWithoutCompletionCheck() {
    super(CheckCode.QUALITATIVE_WITHOUT_COMPLETION);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    Set<String> blankCells = new HashSet<>();
    context.evaluation().getSource().map(TableSource::getCells).orElse(List.of()).stream()
        .map(SourceCell::getPath).filter(p -> p.endsWith(".completion")).forEach(blankCells::add);
    boolean column = !blankCells.isEmpty()
        || entries.stream().anyMatch(e -> e.getCompletion().isPresent());
    List<Finding> findings = new ArrayList<>();
    for (int e = 0; column && e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || !context.isLeaf(indicator.getCode())
          || indicator.getKind() != IndicatorKind.QUALITATIVE
          || entry.getCompletion().isPresent()) {
        continue;
      }
      findings.add(finding("$.entries[" + e + "].completion")
          .message(Message.of("check.qualitative-without-completion", code(indicator),
              name(indicator)))
          .build());
    }
    return findings;
  }
}
