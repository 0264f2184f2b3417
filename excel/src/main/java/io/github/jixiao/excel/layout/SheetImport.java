package io.github.jixiao.excel.layout;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.OverallTarget;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.internal.RulebookName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sheet read as one layout into a self-evaluation (工作表导入): head, money block, overall
 * target, indicator block, total and footnotes, with the cell of every value and every assumption
 * in its {@code source}. Whole or not at all.
 */
final class SheetImport {

  private static final Pattern CODED = Pattern.compile("(\\d{3,21}|[0-9A-Z]{21})[-－—](.+)");

  private SheetImport() {}

  static SelfEvaluation read(SheetContext sheet, IndicatorBlock block) {
    Grid grid = sheet.grid();
    Recorder record = sheet.record();
    LayoutKind layout = sheet.layout();
    grid.cellNotes().forEach(n -> record.note(n.getCell().orElse(null), n.getText()));
    SheetHead head = SheetHead.read(grid, record);
    MoneyBlock money = MoneyBlock.read(sheet);
    TableTree tree = TableTree.build(sheet, money, block);
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(layout.kind)
        .fiscalYear(head.year(sheet.options().fiscalYear(), sheet.file()))
        .rulebook(rulebook(grid, layout, record)).department(department(sheet, head))
        .budget(money.budget()).indicators(tree.indicators).entries(tree.entries);
    // 项目名称 is the document's title; a sheet without one is called by the form's title
    String title = head.project().isEmpty() ? head.title().trim() : head.project().trim();
    if (!title.isEmpty()) {
      e.title(title);
    }
    money.rate().ifPresent(e::addStatedFigures);
    overallTarget(sheet).ifPresent(e::overallTarget);
    claimedTotal(sheet, block).ifPresent(e::claimedTotal);
    TableSource source = TableSource.builder().file(sheet.file()).sheet(grid.name())
        .layout(layout.name()).layoutName(layout.title).cells(record.cells())
        .notes(record.notes()).build();
    try {
      return e.source(source).build();
    } catch (InvalidValueException invalid) {
      throw new ExcelImportException(sheet.file(), null, Message.of("excel.layout.invalid",
          Argument.text("file", Echo.text(sheet.file())),
          Argument.text("sheet", Echo.text(grid.name())),
          Argument.message("problem", invalid.said())), invalid);
    }
  }

  private static Department department(SheetContext sheet, SheetHead head) {
    Recorder record = sheet.record();
    String cellOfName = sheet.grid().address(0, 0);
    String written = head.department().isEmpty() ? head.implementer() : head.department();
    if (written.isEmpty()) {
      throw sheet.error(cellOfName, "excel.layout.no-department");
    }
    String name = written;
    String code = written;
    Matcher m = CODED.matcher(written);
    if (m.matches()) {
      code = m.group(1);
      name = m.group(2).trim();
    }
    Department.Builder d = Department.builder().code(code).name(name);
    Optional<String> region = sheet.options().region();
    if (region.isEmpty()) {
      record.note(null, Message.of("excel.layout.note.region-default"));
    }
    d.region(region.orElse("未载明"));
    if (sheet.options().level().isEmpty()) {
      record.note(null, Message.of("excel.layout.note.level-default"));
    }
    d.level(sheet.options().level().orElse(GovernmentLevel.COUNTY));
    if (sheet.options().kind().isEmpty()) {
      record.note(null, Message.of("excel.layout.note.kind-default"));
    }
    d.kind(sheet.options().kind().orElse(DepartmentKind.ADMINISTRATIVE));
    return d.build();
  }

  private static Optional<OverallTarget> overallTarget(SheetContext sheet) {
    List<String> labels = sheet.layout().overallTarget;
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> expected = below(sheet, labels.get(0), "$.overallTarget.expected");
    Optional<String> adjusted = below(sheet, labels.get(1), "$.overallTarget.adjusted");
    Optional<String> completion = below(sheet, labels.get(2), "$.overallTarget.completion");
    if (expected.isEmpty() && adjusted.isEmpty() && completion.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OverallTarget.builder().expected(expected).adjusted(adjusted)
        .completion(completion).build());
  }

  /** The text under the label {@code label} (the form's free-text cell), if any. */
  private static Optional<String> below(SheetContext sheet, String label, String path) {
    if (label.isEmpty()) {
      return Optional.empty();
    }
    Grid grid = sheet.grid();
    for (int r = 0; r < grid.rows(); r++) {
      var c = Columns.column(grid, r, List.of(label));
      if (c.isPresent()) {
        String t = grid.text(r + 1, c.getAsInt());
        if (t.isEmpty() || t.equals(grid.text(r, c.getAsInt()))) {
          return Optional.empty();
        }
        sheet.record().cell(path, grid.address(r + 1, c.getAsInt()));
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> claimedTotal(SheetContext sheet, IndicatorBlock block) {
    if (block.total().isPresent()) {
      Optional<BigDecimal> total = sheet.number(block.total().get(),
          block.columns().of(Role.SCORE), "$.claimedTotal");
      if (total.isPresent()) {
        return total;
      }
    }
    Grid grid = sheet.grid();
    for (int r = 0; r < Math.min(grid.rows(), 10); r++) {
      var c = Columns.column(grid, r, List.of("自评总分", "自评得分"));
      if (c.isPresent()) {
        for (int v = c.getAsInt() + 1; v < grid.columns(r); v++) {
          if (!grid.text(r, v).isEmpty() && !grid.text(r, v).equals(grid.text(r, c.getAsInt()))) {
            return sheet.number(r, v, "$.claimedTotal");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The rulebook the sheet declares (Jixiao's templates and exports do), else the layout's
   * default; noted either way, and a declared value that is no rulebook id noted and ignored.
   */
  private static String rulebook(Grid grid, LayoutKind layout, Recorder record) {
    var declared = grid.rulebook();
    if (declared.isPresent() && declared.get().isId()) {
      record.note(null, Message.of("excel.layout.note.rulebook-declared",
          Argument.text("rulebook", declared.get().value()),
          Argument.text("name", RulebookName.NAME)));
      return declared.get().value();
    }
    declared.ifPresent(d -> record.note(null, Message.of("excel.layout.note.rulebook-not-an-id",
        Argument.text("name", RulebookName.NAME), Argument.text("written", Echo.text(d.value())))));
    record.note(null, Message.of("excel.layout.note.rulebook",
        Argument.text("rulebook", layout.rulebook), Argument.text("layout", layout.name())));
    return layout.rulebook;
  }
}
