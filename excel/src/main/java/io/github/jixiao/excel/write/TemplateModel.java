package io.github.jixiao.excel.write;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.excel.write.TableModel.MoneyRow;
import io.github.jixiao.excel.write.TableRow.Value;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blank table of a rulebook (空白自评表): its 一级 groups with their weights as printed
 * ("产出指标(50分)"), under each the rulebook's own leaves with name, weight, 指标性质 and target
 * filled in, and, under an open group (one whose leaves are the unit's own), one empty row per
 * standard 二级 indicator of the national form (数量指标, 质量指标, … 服务对象满意度指标) for the unit to
 * name its 三级 indicators in. The execution line (预算执行率, a leaf with the formula
 * execution-rate) is the money block's 分值, not an indicator row.
 */
final class TemplateModel {

  /** The national form's 二级 indicators under each 一级 group, by the group's name. */
  private static final Map<String, List<String>> SECOND_LEVEL = Map.of(
      "产出", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
      "效益", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
      "满意度", List.of("服务对象满意度指标"));

  private TemplateModel() {}

  static TableModel of(Rulebook rulebook, int fiscalYear) {
    List<TableRow> rows = new ArrayList<>();
    BigDecimal executionWeight = null;
    BigDecimal total = BigDecimal.ZERO;
    for (RulebookIndicator top : children(rulebook, null)) {
      if (isExecution(top)) {
        executionWeight = top.getWeight().orElse(null);
        total = total.add(top.getWeight().orElse(BigDecimal.ZERO));
        continue;
      }
      total = total.add(top.getWeight().orElse(BigDecimal.ZERO));
      String first = printed(top) + top.getWeight().map(w -> "(" + w.toPlainString() + "分)")
          .orElse("");
      List<RulebookIndicator> seconds = children(rulebook, top.getCode());
      if (seconds.isEmpty()) {
        for (String second : standardSeconds(top)) {
          rows.add(blank(first, second, levels(rulebook, null)));
        }
        continue;
      }
      for (RulebookIndicator second : seconds) {
        List<RulebookIndicator> leaves = children(rulebook, second.getCode());
        if (leaves.isEmpty()) {
          rows.add(leaf(rulebook, first, "", second));
        }
        for (RulebookIndicator leaf : leaves) {
          rows.add(leaf(rulebook, first, second.getName(), leaf));
        }
      }
    }
    boolean project = rulebook.getEvaluationKind().orElse(EvaluationKind.PROJECT)
        == EvaluationKind.PROJECT;
    List<MoneyRow> money = List.of(
        new MoneyRow("年度资金总额", Value.EMPTY, Value.EMPTY, Value.EMPTY,
            executionWeight == null ? Value.EMPTY : Value.number(executionWeight, null),
            Value.EMPTY, Value.EMPTY, false, Optional.empty()),
        subRow("其中：当年财政拨款"), subRow("上年结转资金"), subRow("其他资金"));
    List<String> notes = List.of("注：1.本表按评分办法“" + rulebook.getTitle() + "”（" + rulebook.getId()
        + "）生成；2.指标性质填 ≥、>、=、≤、< 或 定性；3.定性指标的实际完成值从下拉列表中选取，"
        + "定量指标填数字；4.不适用的填“/”。");
    return new TableModel("项目1", project ? "项目支出绩效自评表" : "部门整体支出绩效自评表", fiscalYear,
        Value.EMPTY, Value.EMPTY, Value.EMPTY, "万元", money, Value.EMPTY, Value.EMPTY, rows,
        Value.EMPTY, Optional.empty(), total, notes, false);
  }

  /** The group's name as the national form prints it: 产出 as its alias 产出指标. */
  private static String printed(RulebookIndicator group) {
    String name = group.getName();
    return group.getAliases().contains(name + "指标") ? name + "指标" : name;
  }

  private static MoneyRow subRow(String label) {
    return new MoneyRow(label, Value.EMPTY, Value.EMPTY, Value.EMPTY, Value.EMPTY, Value.EMPTY,
        Value.EMPTY, true, Optional.empty());
  }

  private static TableRow blank(String first, String second, List<String> levels) {
    return new TableRow(first, null, second, null, Value.EMPTY, Value.EMPTY, Value.EMPTY,
        Value.EMPTY, Value.EMPTY, Value.EMPTY, Value.EMPTY, Optional.empty(), Value.EMPTY,
        levels, null);
  }

  private static TableRow leaf(Rulebook rulebook, String first, String second,
      RulebookIndicator leaf) {
    boolean qualitative = leaf.getKind().orElse(null) == IndicatorKind.QUALITATIVE;
    String operator = qualitative ? "定性" : leaf.getDirection().map(d -> switch (d) {
      case AT_LEAST -> "≥";
      case AT_MOST -> "≤";
      case EQUAL -> "=";
    }).orElse("");
    return new TableRow(first, null, second, null, Value.text(leaf.getName(), null),
        operator.isEmpty() ? Value.EMPTY : Value.text(operator, null),
        Value.of(leaf.getTarget(), null), Value.ofText(leaf.getUnit(), null), Value.EMPTY,
        Value.of(leaf.getWeight(), null), Value.EMPTY, Optional.empty(), Value.EMPTY,
        qualitative || leaf.getKind().isEmpty() ? levels(rulebook, leaf) : List.of(), null);
  }

  private static List<String> standardSeconds(RulebookIndicator top) {
    for (Map.Entry<String, List<String>> e : SECOND_LEVEL.entrySet()) {
      if (top.getName().contains(e.getKey())) {
        return e.getValue();
      }
    }
    return List.of("", "");
  }

  /**
   * The levels a qualitative row is rated in: the five-step scale where the rulebook's rule for
   * qualitative indicators names it (Sichuan's 优良中低差), else the national 达成 / 部分达成 / 未达成.
   */
  static List<String> levels(Rulebook rulebook, RulebookIndicator leaf) {
    boolean five = rulebook.getDefaultRules().stream()
        .filter(r -> r.getKind() == IndicatorKind.QUALITATIVE).map(DefaultRule::getRule)
        .anyMatch(r -> "five-step".equals(r.getOptions().get("scale")));
    List<String> labels = new ArrayList<>();
    for (QualitativeLevel l : QualitativeLevel.of(five ? QualitativeScale.FIVE_STEP
        : QualitativeScale.THREE_STEP)) {
      labels.add(l.label());
    }
    return labels;
  }

  private static boolean isExecution(RulebookIndicator node) {
    return node.getFormula().filter("execution-rate"::equals).isPresent();
  }

  private static List<RulebookIndicator> children(Rulebook rulebook, String parent) {
    List<RulebookIndicator> out = new ArrayList<>();
    for (RulebookIndicator i : rulebook.getIndicators()) {
      if (parent == null ? i.getParentCode().isEmpty()
          : i.getParentCode().filter(parent::equals).isPresent()) {
        out.add(i);
      }
    }
    return out;
  }
}
