package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A self-evaluation against the year's monitoring reports it names (监控与自评的衔接, lifecycle.md
 * §6): JX-964 an indicator the unit said in month m could not be completed (完全不可能) that keeps
 * its full points in the end, with no adjustment recorded in the report or the evaluation; JX-965
 * a report of another unit or year. Rows are matched to the evaluation's leaves by name.
 */
public final class MonitoringLinks {

  /** The codes of these checks, in order. */
  public static final List<String> CODES = List.of("JX-964", "JX-965");

  private MonitoringLinks() {}

  /** The findings of {@code evaluation} against {@code report}, named {@code file}. */
  public static List<StageFinding> check(SelfEvaluation evaluation, MonitoringReport report,
      String file) {
    List<StageFinding> found = new ArrayList<>();
    Argument named = Argument.text("file", Echo.text(file));
    if (!report.getDepartmentCode().equals(evaluation.getDepartment().getCode())
        || !report.getFiscalYear().equals(evaluation.getFiscalYear())) {
      found.add(new StageFinding("JX-965", Severity.WARNING, "evaluation", "$.monitoring",
          Message.of("rules.links.monitoring-of-another", named,
              Argument.text("unit", Echo.text(report.getDepartmentCode())),
              Argument.number("year", report.getFiscalYear()))));
      return found;
    }
    Map<String, Integer> leaves = new HashMap<>();
    List<Indicator> indicators = evaluation.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      leaves.putIfAbsent(indicators.get(i).getName(), i);
    }
    Map<String, Integer> entries = new HashMap<>();
    for (int e = 0; e < evaluation.getEntries().size(); e++) {
      entries.putIfAbsent(evaluation.getEntries().get(e).getIndicatorCode(), e);
    }
    for (MonitoringEntry row : report.getEntries()) {
      Integer at = leaves.get(row.getName());
      if (at == null || row.getLikelihood().filter(l -> l == CompletionLikelihood.IMPOSSIBLE)
          .isEmpty() || row.getAdjustment().isPresent()) {
        continue;
      }
      Indicator leaf = indicators.get(at);
      Integer e = entries.get(leaf.getCode());
      if (e == null || leaf.getAdjustmentReason().isPresent()) {
        continue;
      }
      IndicatorEntry entry = evaluation.getEntries().get(e);
      if (entry.getClaimedScore().filter(c -> c.compareTo(leaf.getWeight()) >= 0).isPresent()) {
        found.add(new StageFinding("JX-964", Severity.WARNING, "evaluation",
            "$.entries[" + e + "].claimedScore", Message.of("rules.links.impossible-then-full",
                Argument.text("name", Echo.text(leaf.getName())), named,
                Argument.number("month", report.getMonth()),
                Argument.number("weight", leaf.getWeight()))));
      }
    }
    return found;
  }
}
