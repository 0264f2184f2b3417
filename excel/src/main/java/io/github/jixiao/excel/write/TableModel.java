package io.github.jixiao.excel.write;

import io.github.jixiao.excel.write.TableRow.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One sheet of Jixiao's table (自评表) before it is written: the title block, the money block (项目
 * 资金, one row per funding source under 年度资金总额), the overall target, the indicator rows and
 * the total — what a template leaves blank and an export fills in. Layout A of formats.md with
 * the two optional columns 指标性质 and 计量单位 (and, in an export, 复核得分 and 差异).
 */
record TableModel(String sheetName, String title, int fiscalYear, Value project,
    Value department, Value implementer, String moneyUnitLabel, List<MoneyRow> money,
    Value expected, Value completion, List<TableRow> rows, Value total,
    Optional<BigDecimal> computedTotal, BigDecimal weightTotal, List<String> footnotes,
    boolean export) {

  /**
   * A row of the money block: its label as printed (年度资金总额, 其中：当年财政拨款, …), 年初预算数,
   * 全年预算数（A）, 全年执行数（B）, and for the total row 分值, 执行率（B/A） and 得分 ("—" on sub-rows).
   */
  record MoneyRow(String label, Value initial, Value fullYear, Value executed, Value weight,
      Value rate, Value score, boolean subRow, Optional<BigDecimal> computed) {}
}
