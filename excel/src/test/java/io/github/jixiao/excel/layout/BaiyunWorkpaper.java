package io.github.jixiao.excel.layout;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The reviewer's workpaper (复核底稿, layout G) of the Baiyun 2021 report, built cell by cell from
 * the reviewer's numbers in examples/baiyun-2021/review.json and the unit's columns of
 * examples/baiyun-2021/evaluation.json: a title, the header in row 3 (the 13 columns of layout G
 * and, after them, 扣分 | 扣分比例 | 扣分理由 | 佐证材料), a row per indicator (the level-2 leaves
 * of 履职效能 by their 二级 name, 三级 blank), and the 合计 row.
 */
final class BaiyunWorkpaper {

  static final String[] HEADER = {"一级", "二级", "三级", "指标性质", "指标值", "单位", "权重", "自评完成值",
      "自评得分", "复核完成值", "复核得分", "偏差", "备注", "扣分", "扣分比例", "扣分理由", "佐证材料"};
  static final String SAME = "在采购管理、信息公开管理、资产管理和成本管理、绩效管理方面较规范，均能严格遵相关规定";
  static final String REPORT = "2021年度部门整体支出绩效自评报告";

  private BaiyunWorkpaper() {}

  /** The project sheet {@code name} of the workpaper into {@code w}, its header at row 3. */
  static TestWorkbook sheet(TestWorkbook w, String name) {
    w.sheet(name).set("A1", "白云区人大常委会办公室2021年度部门整体支出绩效自评复核底稿").merge("A1:Q1")
        .row("A3", (Object[]) HEADER)
        .row("A4", "履职效能", "重点工作办结率", null, "≥", 100, "%", 25, null, null, null, 25, null,
            "代表建议 100 件均已办结", null, null, null, "区人大代表建议办理情况通报")
        .row("A5", "履职效能", "履职效果", null, "定性", "履行好各项主要职能", null, 25, "履职效能方面，能履行好各项主要职能",
            null, "基本达成", 20, null, null, 5, 20, "履职效果仅有定性表述，未提供量化的效果数据", REPORT)
        .row("A6", "管理效率", "资金管理", "预算完成率", "≥", 100, "%", 10, 97.16, null, 97.16, 9.72,
            null, null, null, null, null, "2021年度部门决算报表")
        .row("A7", "管理效率", "资金管理", "\"三公经费\"控制率", "≤", 100, "%", 5, null, null, null, 0,
            null, null, 5, 100, "未提供“三公”经费预算及支出数据，无佐证材料")
        .row("A8", "管理效率", "资金管理", "资金使用合规性", "定性", null, null, 5,
            "所有资金使用严格按审批程序办理、操作规范，会计核算结果真实、准确，各项支出严格按照各项制度执行", null, null, 4,
            null, null, 1, 20, "项目资金支出进度分配不均（自评报告“存在的问题”所列）", REPORT)
        .row("A9", "管理效率", "采购管理", null, "定性", null, null, 6, SAME, null, null, 6)
        .row("A10", "管理效率", "资产管理", null, "定性", null, null, 6, SAME, null, null, 6)
        .row("A11", "管理效率", "成本管理", null, "定性", null, null, 6, SAME, null, null, 6)
        .row("A12", "管理效率", "绩效管理", null, "定性", null, null, 6, SAME, null, null, 5, null,
            null, 1, 16.67, "自评报告未附自评表，绩效目标与指标无法逐项核对", REPORT)
        .row("A13", "管理效率", "信息公开管理", null, "定性", null, null, 6, SAME, null, null, 6)
        .row("A14", "合计", null, null, null, null, null, 100, null, 94, null, 87.72)
        .merge("A4:A5").merge("A6:A13").merge("B6:B8").merge("A14:F14");
    return w;
  }

  /** The workpaper of one project sheet, 白云区人大, saved in {@code dir}. */
  static Path write(Path dir, String file) throws IOException {
    try (TestWorkbook w = new TestWorkbook()) {
      return sheet(w, "白云区人大").save(dir, file);
    }
  }
}
