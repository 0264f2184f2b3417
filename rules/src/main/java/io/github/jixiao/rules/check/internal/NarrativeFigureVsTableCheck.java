package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JX-407, a contradiction reviewers list (lifecycle.md §4, "counts in the narrative that differ
 * from the tables"): a stated figure of the report that restates an indicator — naming it by
 * {@link StatedFigure#getIndicatorCode()}, or, naming none and no formula (a figure with a formula
 * is JX-102's to compare with the data), bearing the very name of one leaf of the table — differs from that indicator's actual value. The actual is compared at the figure's
 * printed precision, rounded half up (a table's 92.35 % is the report's "92.4%"). Path {@code
 * $.statedFigures[i].statedValue}; expected the table's actual at that precision, actual the
 * stated value. An indicator with a formula (the execution line) computes its actual from the
 * evaluation's data, and a figure of it is JX-102's to compare.
 */
final class NarrativeFigureVsTableCheck extends StandardCheck {

  NarrativeFigureVsTableCheck() {
    super(CheckCode.NARRATIVE_FIGURE_VS_TABLE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<StatedFigure> figures = context.evaluation().getStatedFigures();
    if (figures.isEmpty()) {
      return List.of();
    }
    Map<String, String> leafByName = new HashMap<>();
    for (Indicator indicator : context.evaluation().getIndicators()) {
      if (context.isLeaf(indicator.getCode())) {
        // a name two leaves share names neither
        leafByName.merge(indicator.getName(), indicator.getCode(), (a, b) -> "");
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int f = 0; f < figures.size(); f++) {
      StatedFigure figure = figures.get(f);
      Optional<String> named = figure.getIndicatorCode()
          .or(() -> Optional.ofNullable(figure.getFormula().isPresent() ? null
              : leafByName.get(figure.getName())).filter(c -> !c.isEmpty()));
      Optional<Indicator> indicator = named.flatMap(context::indicator);
      Optional<BigDecimal> actual = named.flatMap(context::entry)
          .flatMap(IndicatorEntry::getActual);
      if (indicator.isEmpty() || actual.isEmpty() || indicator.get().getFormula().isPresent()) {
        continue;
      }
      BigDecimal shown = actual.get().setScale(figure.getPrecision(), RoundingMode.HALF_UP);
      if (shown.compareTo(figure.getStatedValue()) == 0) {
        continue;
      }
      Indicator i = indicator.get();
      Message message = figure.getQuote()
          .map(q -> Message.of("check.narrative-figure-vs-table", number("stated",
              figure.getStatedValue()), code(i), name(i), phrase("quote", q),
              number("actual", actual.get())))
          .orElseGet(() -> Message.of("check.narrative-figure-vs-table.unquoted",
              number("stated", figure.getStatedValue()), code(i), name(i),
              number("actual", actual.get())));
      findings.add(finding("$.statedFigures[" + f + "].statedValue").expected(plain(shown))
          .actual(plain(figure.getStatedValue())).message(message).build());
    }
    return findings;
  }
}
