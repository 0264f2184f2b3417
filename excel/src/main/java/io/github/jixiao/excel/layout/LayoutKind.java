package io.github.jixiao.excel.layout;

import static io.github.jixiao.excel.layout.Role.*;

import io.github.jixiao.core.EvaluationKind;
import java.util.List;
import java.util.Map;

/**
 * The 自评表 layouts of formats.md that Jixiao reads (表样), each as data: the header labels that
 * identify it, the labels of its columns, its rulebook, and the one level-1 group its rulebook
 * puts over the table (绩效指标 90, 年度绩效目标 80) where it has one. Tried in the order declared:
 * the most specific labels first.
 */
enum LayoutKind {
  C("部门整体绩效自评表（重庆样式）", "cq-dept", EvaluationKind.DEPARTMENT_WIDE, "绩效指标",
      List.of("得分系数", "指标权重", "是否核心指标"),
      Map.ofEntries(Map.entry(NAME, List.of("指标名称")), Map.entry(UNIT, List.of("计量单位")),
          Map.entry(KIND, List.of("指标性质")), Map.entry(INITIAL_TARGET, List.of("年初指标值")),
          Map.entry(TARGET, List.of("调整指标值", "全年指标值")),
          Map.entry(ACTUAL, List.of("全年完成值")), Map.entry(COEFFICIENT, List.of("得分系数")),
          Map.entry(WEIGHT, List.of("指标权重")), Map.entry(SCORE, List.of("指标得分")),
          Map.entry(CORE, List.of("是否核心指标"))),
      Map.of(INITIAL, List.of("年初预算数"), FULL_YEAR, List.of("全年(调整)预算数", "全年预算数"),
          EXECUTED, List.of("全年执行数"), RATE, List.of("执行率"),
          EXECUTION_WEIGHT, List.of("执行率权重"), EXECUTION_SCORE, List.of("执行率得分")),
      List.of("年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况")),
  B("部门预算项目支出绩效自评表（四川2023年格式）", "sc-project-2023", EvaluationKind.PROJECT,
      "绩效指标", List.of("指标性质", "度量单位", "权重", "调整后预算数"),
      Map.ofEntries(Map.entry(LEVEL1, List.of("一级指标")), Map.entry(LEVEL2, List.of("二级指标")),
          Map.entry(LEVEL3, List.of("三级指标")), Map.entry(OPERATOR, List.of("指标性质")),
          Map.entry(TARGET, List.of("指标值")), Map.entry(UNIT, List.of("度量单位")),
          Map.entry(ACTUAL, List.of("完成值")), Map.entry(WEIGHT, List.of("权重")),
          Map.entry(SCORE, List.of("得分")), Map.entry(REASON, List.of("未完成原因分析"))),
      Map.of(INITIAL, List.of("年初预算"), FULL_YEAR, List.of("调整后预算数"),
          EXECUTED, List.of("预算执行数"), RATE, List.of("预算执行率"),
          EXECUTION_WEIGHT, List.of("权重"), EXECUTION_SCORE, List.of("得分")),
      List.of("项目年度目标", "", "年度目标完成情况")),
  F("项目支出绩效自评导入表（厂商12列格式）", "vendor-project-default", EvaluationKind.PROJECT, null,
      List.of("计算符号", "扣减分数", "完成情况简要描述"),
      Map.ofEntries(Map.entry(LEVEL1, List.of("一级指标")), Map.entry(LEVEL2, List.of("二级指标")),
          Map.entry(LEVEL3, List.of("三级指标名称", "三级指标")),
          Map.entry(OPERATOR, List.of("计算符号")), Map.entry(TARGET, List.of("指标值", "年度指标值")),
          Map.entry(UNIT, List.of("计量单位")), Map.entry(ACTUAL, List.of("实际完成值")),
          Map.entry(WEIGHT, List.of("分值")), Map.entry(SCORE, List.of("指标得分")),
          Map.entry(DEDUCTION, List.of("扣减分数")),
          Map.entry(COMPLETION, List.of("完成情况简要描述")),
          Map.entry(REASON, List.of("偏差原因及改进措施"))),
      Map.of(INITIAL, List.of("年初预算数"), FULL_YEAR, List.of("全年预算数"),
          EXECUTED, List.of("全年执行数"), RATE, List.of("执行率"),
          EXECUTION_WEIGHT, List.of("分值"), EXECUTION_SCORE, List.of("得分")),
      List.of("预期目标", "", "实际完成情况")),
  D("项目自评表（2020年市级格式）", "municipal-project-2020", EvaluationKind.PROJECT, "年度绩效目标",
      List.of("预算数", "执行数", "年初目标值"),
      Map.ofEntries(Map.entry(LEVEL1, List.of("一级指标")), Map.entry(LEVEL2, List.of("二级指标")),
          Map.entry(LEVEL3, List.of("三级指标")), Map.entry(TARGET, List.of("年初目标值")),
          Map.entry(ACTUAL, List.of("实际完成值")), Map.entry(WEIGHT, List.of("分值", "权重")),
          Map.entry(SCORE, List.of("得分"))),
      Map.of(FULL_YEAR, List.of("预算数"), EXECUTED, List.of("执行数"), RATE, List.of("执行率"),
          EXECUTION_SCORE, List.of("得分")),
      List.of()),
  A("项目支出绩效自评表（2020年全国格式）", "mof-project-2020", EvaluationKind.PROJECT, null,
      List.of("年初预算数", "全年预算数", "全年执行数", "一级指标", "二级指标", "三级指标", "年度指标值",
          "实际完成值"),
      Map.ofEntries(Map.entry(LEVEL1, List.of("一级指标")), Map.entry(LEVEL2, List.of("二级指标")),
          Map.entry(LEVEL3, List.of("三级指标")), Map.entry(OPERATOR, List.of("指标性质")),
          Map.entry(TARGET, List.of("年度指标值")), Map.entry(UNIT, List.of("计量单位")),
          Map.entry(ACTUAL, List.of("实际完成值")), Map.entry(WEIGHT, List.of("分值")),
          Map.entry(SCORE, List.of("得分")),
          Map.entry(REASON, List.of("偏差原因分析及改进措施", "偏差原因分析", "偏差原因"))),
      Map.of(INITIAL, List.of("年初预算数"), FULL_YEAR, List.of("全年预算数"),
          EXECUTED, List.of("全年执行数"), RATE, List.of("执行率"),
          EXECUTION_WEIGHT, List.of("分值"), EXECUTION_SCORE, List.of("得分")),
      List.of("预期目标", "", "实际完成情况"));

  final String title;
  final String rulebook;
  final EvaluationKind kind;
  /** The level-1 group the rulebook puts over the table, or null. */
  final String wrapper;
  final List<String> identifying;
  final Map<Role, List<String>> indicatorColumns;
  final Map<Role, List<String>> moneyColumns;
  /** 预期目标, 调整后目标, 实际完成情况 labels ("" where the layout has none). */
  final List<String> overallTarget;

  LayoutKind(String title, String rulebook, EvaluationKind kind, String wrapper,
      List<String> identifying, Map<Role, List<String>> indicatorColumns,
      Map<Role, List<String>> moneyColumns, List<String> overallTarget) {
    this.title = title;
    this.rulebook = rulebook;
    this.kind = kind;
    this.wrapper = wrapper;
    this.identifying = identifying;
    this.indicatorColumns = indicatorColumns;
    this.moneyColumns = moneyColumns;
    this.overallTarget = overallTarget;
  }

  /** The role that marks this layout's indicator header row. */
  Role headerRole() {
    return indicatorColumns.containsKey(LEVEL1) ? LEVEL1 : NAME;
  }
}
