package io.github.jixiao.excel.write;

import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.write.TableModel.MoneyRow;
import io.github.jixiao.excel.write.TableRow.Value;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scored self-evaluation as Jixiao's table (评分结果表): the unit's own columns as it filled them
 * — targets and actuals as written, its 得分 — and beside them the rules' 复核得分 and the 差异.
 * The execution line (a level-1 预算执行率) is the money block's total row; the other level-1
 * indicators are the 一级 groups, their children the 二级, and the leaves the rows.
 */
final class ExportModel {

  private final SelfEvaluation evaluation;
  private final ScoreCard card;

  private ExportModel(SelfEvaluation evaluation, ScoreCard card) {
    this.evaluation = evaluation;
    this.card = card;
  }

  static TableModel of(SelfEvaluation evaluation, ScoreCard card, String sheetName) {
    return new ExportModel(evaluation, card).model(sheetName);
  }

  private TableModel model(String sheetName) {
    List<Indicator> table = evaluation.getIndicators();
    List<TableRow> rows = new ArrayList<>();
    Indicator execution = null;
    BigDecimal weights = BigDecimal.ZERO;
    for (int i = 0; i < table.size(); i++) {
      Indicator top = table.get(i);
      if (top.getLevel() != 1) {
        continue;
      }
      weights = weights.add(top.getWeight());
      if (execution == null && isExecution(top)) {
        execution = top;
        continue;
      }
      String first = top.getName() + "(" + top.getWeight().toPlainString() + "分)";
      String firstPath = "$.indicators[" + i + "]";
      List<Integer> seconds = children(top.getCode());
      for (int s : seconds) {
        Indicator second = table.get(s);
        List<Integer> leaves = children(second.getCode());
        if (leaves.isEmpty()) {
          rows.add(row(first, firstPath, "", null, s));
        }
        for (int l : leaves) {
          rows.add(row(first, firstPath, second.getName(), "$.indicators[" + s + "]", l));
        }
      }
    }
    return new TableModel(sheetName, evaluation.getKind().name().equals("PROJECT")
        ? "项目支出绩效自评表" : "部门整体支出绩效自评表", evaluation.getFiscalYear(),
        Value.ofText(evaluation.getTitle(), "$.title"),
        Value.text(department(), "$.department.name"), Value.EMPTY,
        evaluation.getBudget().getUnit().label(), money(execution), expected(), completion(),
        rows, Value.of(evaluation.getClaimedTotal(), "$.claimedTotal"), card.getTotal(), weights,
        List.of("注：复核得分按评分办法“" + card.getRulebookTitle() + "”（" + card.getRulebook()
            + "）计算；差异 = 得分 − 复核得分；底色标出的是自评得分与复核得分不一致之处。"), true);
  }

  /**
   * 主管部门 as the forms write it: a numeric budget code before the name ("219-某市财政局"), as
   * the importer reads it back into the code and the name.
   */
  private String department() {
    var d = evaluation.getDepartment();
    return d.getCode().matches("\\d{3,}") && !d.getName().startsWith(d.getCode())
        ? d.getCode() + "-" + d.getName() : d.getName();
  }

  private Value expected() {
    return Value.ofText(evaluation.getOverallTarget().flatMap(t -> t.getExpected()),
        "$.overallTarget.expected");
  }

  private Value completion() {
    return Value.ofText(evaluation.getOverallTarget().flatMap(t -> t.getCompletion()),
        "$.overallTarget.completion");
  }

  private List<MoneyRow> money(Indicator execution) {
    var budget = evaluation.getBudget();
    Optional<IndicatorEntry> entry = execution == null ? Optional.empty()
        : evaluation.entry(execution.getCode());
    int e = entry.map(evaluation.getEntries()::indexOf).orElse(-1);
    Value weight = execution == null ? Value.EMPTY
        : Value.number(execution.getWeight(), "$.indicators["
            + evaluation.getIndicators().indexOf(execution) + "].weight");
    Value rate = evaluation.getStatedFigures().stream()
        .filter(f -> f.getFormula().filter("execution-rate"::equals).isPresent()).findFirst()
        .map(f -> Value.text(f.getStatedValue().toPlainString() + "%", "$.statedFigures["
            + evaluation.getStatedFigures().indexOf(f) + "].statedValue"))
        .orElse(Value.EMPTY);
    List<MoneyRow> rows = new ArrayList<>();
    rows.add(new MoneyRow("年度资金总额", Value.of(budget.getInitial(), "$.budget.initial"),
        Value.number(budget.getFullYear(), "$.budget.fullYear"),
        Value.number(budget.getExecuted(), "$.budget.executed"), weight, rate,
        e < 0 ? Value.EMPTY : Value.of(entry.get().getClaimedScore(),
            "$.entries[" + e + "].claimedScore"), false,
        execution == null ? Optional.empty() : score(execution).map(IndicatorScore::getPoints)));
    List<FundingLine> funding = budget.getFunding();
    if (funding.isEmpty()) {
      for (FundingSource s : List.of(FundingSource.CURRENT_APPROPRIATION,
          FundingSource.CARRIED_OVER, FundingSource.OTHER)) {
        rows.add(new MoneyRow(label(s, rows.size() == 1), Value.EMPTY, Value.EMPTY, Value.EMPTY,
            Value.EMPTY, Value.EMPTY, Value.EMPTY, true, Optional.empty()));
      }
    }
    for (int i = 0; i < funding.size(); i++) {
      FundingLine line = funding.get(i);
      String at = "$.budget.funding[" + i + "]";
      rows.add(new MoneyRow(label(line.getSource(), i == 0),
          Value.of(line.getInitial(), at + ".initial"),
          Value.of(line.getFullYear(), at + ".fullYear"),
          Value.of(line.getExecuted(), at + ".executed"), Value.EMPTY, Value.EMPTY, Value.EMPTY,
          true, Optional.empty()));
    }
    return rows;
  }

  private static String label(FundingSource source, boolean first) {
    return (first ? "其中：" : "") + source.label();
  }

  private TableRow row(String first, String firstPath, String second, String secondPath,
      int index) {
    Indicator leaf = evaluation.getIndicators().get(index);
    String at = "$.indicators[" + index + "]";
    Optional<IndicatorEntry> entry = evaluation.entry(leaf.getCode());
    int e = entry.map(evaluation.getEntries()::indexOf).orElse(-1);
    String en = "$.entries[" + e + "]";
    boolean qualitative = leaf.getKind() == IndicatorKind.QUALITATIVE;
    String operator = leaf.getOperator().map(o -> o.symbol()).orElse(qualitative ? "定性"
        : leaf.getDirection().map(d -> switch (d) {
          case AT_LEAST -> "≥";
          case AT_MOST -> "≤";
          case EQUAL -> "=";
        }).orElse(""));
    Value target = leaf.getTargetWritten().map(t -> Value.text(t, at + ".target"))
        .or(() -> leaf.getTarget().map(t -> Value.number(t, at + ".target")))
        .or(() -> leaf.getTargetText().map(t -> Value.text(t, at + ".targetText")))
        .orElse(Value.EMPTY);
    return new TableRow(first, firstPath, second, secondPath,
        Value.text(leaf.getName(), at + ".name"),
        operator.isEmpty() ? Value.EMPTY : Value.text(operator, at + ".operator"), target,
        Value.ofText(leaf.getUnit(), at + ".unit"),
        entry.map(en2 -> actual(en2, en)).orElse(Value.EMPTY),
        Value.number(leaf.getWeight(), at + ".weight"),
        entry.map(x -> Value.of(x.getClaimedScore(), en + ".claimedScore")).orElse(Value.EMPTY),
        score(leaf).map(IndicatorScore::getPoints),
        entry.map(x -> Value.ofText(x.getDeviationReason(), en + ".deviationReason"))
            .orElse(Value.EMPTY), List.of(), e < 0 ? null : en);
  }

  /** The actual as the unit wrote it: its text, else the number, else the level's name. */
  private static Value actual(IndicatorEntry entry, String at) {
    if (entry.getActualWritten().isPresent()) {
      return Value.text(entry.getActualWritten().get(), at + ".actual");
    }
    if (entry.getActual().isPresent()) {
      return Value.number(entry.getActual().get(), at + ".actual");
    }
    return entry.getLevel().map(l -> Value.text(l.label(), at + ".level")).orElse(Value.EMPTY);
  }

  /** The card's line for an indicator of the table: by its code, else by its name and level. */
  private Optional<IndicatorScore> score(Indicator indicator) {
    Optional<IndicatorScore> byCode = card.indicator(indicator.getCode());
    if (byCode.isPresent()) {
      return byCode;
    }
    return card.getIndicators().stream().filter(s -> s.getLevel().equals(indicator.getLevel())
        && s.getName().equals(indicator.getName())).findFirst();
  }

  private static boolean isExecution(Indicator indicator) {
    return indicator.getName().contains("执行率") || indicator.getName().contains("执行情况");
  }

  private List<Integer> children(String code) {
    List<Integer> out = new ArrayList<>();
    List<Indicator> table = evaluation.getIndicators();
    for (int i = 0; i < table.size(); i++) {
      if (table.get(i).getParentCode().filter(code::equals).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }
}
