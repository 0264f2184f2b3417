package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-208: a quantitative (定量) indicator whose actual, as the table wrote it (实际完成值), is text
 * no number can be read from ("效果明显", "较好") — so the rules cannot score it. Never read as 0:
 * the entry has no actual, and this finding asks the unit for the number. Path {@code
 * $.entries[i].actualWritten}, actual the text as written. An entry that says nothing is not a
 * finding here (an empty cell is not scored).
 */
final class ActualAsWrittenCheck extends StandardCheck {

  ActualAsWrittenCheck() {
    super(CheckCode.ACTUAL_UNREADABLE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || indicator.getKind() != IndicatorKind.QUANTITATIVE
          || entry.getActualWritten().isEmpty() || entry.getActual().isPresent()
          || entry.getReading().filter(r -> r != ActualReading.UNREADABLE).isPresent()) {
        continue;
      }
      String written = entry.getActualWritten().get();
      findings.add(finding("$.entries[" + e + "].actualWritten").actual(written)
          .message(io.github.jixiao.core.message.Message.of("check.actual-unreadable",
              code(indicator), name(indicator), phrase("written", written)))
          .build());
    }
    return findings;
  }
}
