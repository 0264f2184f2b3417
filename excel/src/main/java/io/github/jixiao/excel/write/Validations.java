package io.github.jixiao.excel.write;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The data validations of a blank table (填报校验): a drop-down of operators on 指标性质, a
 * drop-down of 定性 levels on a qualitative row's 实际完成值 (strict where the rulebook says the row
 * is qualitative; a suggestion, which a number may override, on a row the unit names itself), and
 * decimal validation (not negative) on 分值, 得分 and the money block.
 */
final class Validations {

  /** The operators of 指标性质, as the forms print them. */
  static final List<String> OPERATORS = List.of("≥", ">", "=", "≤", "<", "定性");

  private final Sheet sheet;
  private final DataValidationHelper helper;

  private Validations(Sheet sheet) {
    this.sheet = sheet;
    this.helper = sheet.getDataValidationHelper();
  }

  static void add(Sheet sheet, TableModel model, int lastRow) {
    Validations v = new Validations(sheet);
    int first = TableSheet.FIRST_ROW;
    if (lastRow >= first) {
      v.list(first, lastRow, 3, OPERATORS, true, "指标性质", "从列表中选取 ≥、>、=、≤、< 或 定性");
      v.decimal(first, lastRow, 7, "分值", "填写不小于 0 的数字");
      v.decimal(first, lastRow, 8, "得分", "填写不小于 0 的数字");
    }
    for (int i = 0; i < model.rows().size(); i++) {
      TableRow row = model.rows().get(i);
      if (row.levels().isEmpty()) {
        continue;
      }
      boolean strict = row.operator().text().filter("定性"::equals).isPresent();
      int r = first + i;
      v.list(r, r, 6, row.levels(), strict, "实际完成值",
          strict ? "定性指标：从列表中选取完成等级" : "定量指标填数字；定性指标从列表中选取完成等级");
    }
    int moneyLast = 4 + model.money().size();
    v.decimal(5, moneyLast, 2, "年初预算数", "填写不小于 0 的金额");
    v.decimal(5, moneyLast, 3, "全年预算数", "填写不小于 0 的金额");
    v.decimal(5, moneyLast, 4, "全年执行数", "填写不小于 0 的金额");
  }

  private void list(int r1, int r2, int c, List<String> values, boolean strict, String title,
      String prompt) {
    DataValidationConstraint constraint =
        helper.createExplicitListConstraint(values.toArray(String[]::new));
    DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(r1, r2, c, c));
    dv.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.INFO);
    dv.setShowErrorBox(true);
    dv.setSuppressDropDownArrow(true); // POI's XSSF: true shows the arrow
    dv.createPromptBox(title, prompt);
    dv.setShowPromptBox(true);
    sheet.addValidationData(dv);
  }

  private void decimal(int r1, int r2, int c, String title, String prompt) {
    DataValidationConstraint constraint = helper.createDecimalConstraint(
        OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(r1, r2, c, c));
    dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
    dv.setShowErrorBox(true);
    dv.createErrorBox(title, prompt);
    sheet.addValidationData(dv);
  }
}
