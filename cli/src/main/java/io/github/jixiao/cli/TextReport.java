package io.github.jixiao.cli;

import io.github.jixiao.rules.explanation.Explanation;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text output for a terminal: a score card (评分表) as an aligned table with a row per
 * indicator — weight (分值), points (得分), status and why — then the total and grade, the notes,
 * the assumptions; and a check report (审核报告) as one line per finding.
 */
final class TextReport {

  private final PrintWriter out;
  private final Lang lang;

  TextReport(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  void card(Path file, Rulebook rulebook, ScoreCard card) {
    out.println(card.getDepartment() + " " + card.getFiscalYear()
        + lang.pick(" 年度 评分表", " score card"));
    out.println(lang.pick("文件：", "File: ") + file);
    boolean reconstructed = rulebook.getProvenance().getStatus() == ProvenanceStatus.RECONSTRUCTED;
    out.println(lang.pick("评分办法：", "Rulebook: ") + card.getRulebook() + " "
        + card.getRulebookTitle());
    if (reconstructed) {
      out.println(lang.pick("  推定的评分办法：官方评分表未找到，各项分值均为假设（见下方“假设”）",
          "  a reconstructed rulebook: the official table was not found, every weight is an"
              + " assumption (see Assumptions below)"));
    }
    out.println();
    table(new CardTree(card));
    out.println();
    String total = lang.pick("总分 ", "Total ") + Text.plain(card.getTotal())
        + lang.pick(" / ", " of ") + Text.plain(card.getMaximum()) + lang.pick("    等级 ", "    grade ")
        + Text.grade(card.getGrade(), lang);
    total += card.getClaimedTotal().map(c -> lang.pick("    自评 ", "    claimed ") + Text.plain(c)
        + card.getDifference().map(d -> lang.pick("（差 ", " (difference ") + Text.signed(d)
            + lang.pick("）", ")")).orElse("")).orElse("");
    out.println(total);
    if (card.isRescaled()) {
      out.println(lang.pick("不适用的指标已剔除，按百分制折算：", "Indicators that do not apply were"
          + " dropped and the total rescaled: ") + Text.plain(card.getPointsSum()) + " / "
          + Text.plain(card.getApplicableWeight()) + " × " + Text.plain(card.getMaximum()));
    }
    for (Explanation note : card.getNotes()) {
      out.println(lang.pick("说明：", "Note: ") + note.render(lang.locale()));
    }
  }

  private void table(CardTree tree) {
    String[] head = {lang.pick("代码", "Code"), lang.pick("指标", "Indicator"),
        lang.pick("分值", "Weight"), lang.pick("得分", "Points"), lang.pick("状态", "Status"),
        lang.pick("说明", "Explanation")};
    List<String[]> rows = new ArrayList<>();
    for (CardTree.Row row : tree.rows) {
      String indent = "  ".repeat(row.level() - 1);
      if (row.group().isPresent()) {
        GroupScore g = row.group().get();
        rows.add(new String[] {g.getCode(), indent + g.getName(), Text.plain(g.getWeight()),
            Text.plain(g.getPoints()), "", ""});
      } else {
        IndicatorScore i = row.indicator().get();
        StringBuilder notes = new StringBuilder();
        row.notes().forEach(n -> notes.append('[').append(n).append(']'));
        rows.add(new String[] {i.getCode(), indent + i.getName(), Text.plain(i.getWeight()),
            Text.plain(i.getPoints()), Text.status(i.getStatus(), lang),
            i.explain(lang.locale()) + (notes.length() == 0 ? "" : " " + notes)});
      }
    }
    int[] width = new int[head.length];
    for (int c = 0; c < head.length; c++) {
      width[c] = Text.width(head[c]);
      for (String[] r : rows) {
        width[c] = Math.max(width[c], Text.width(r[c]));
      }
    }
    out.println(line(head, width));
    rows.forEach(r -> out.println(line(r, width)));
    if (!tree.assumptions.isEmpty()) {
      out.println();
      out.println(lang.pick("假设（报告未载明、由编码者或评分办法假设的内容）：",
          "Assumptions (not the report's own: made by the encoder or the rulebook):"));
      int n = 1;
      for (Map.Entry<String, List<String>> a : tree.assumptions.entrySet()) {
        out.println("  [" + n++ + "] " + String.join(", ", a.getValue()) + ": " + a.getKey());
      }
    }
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      boolean number = c == 2 || c == 3;
      String cell = c == cells.length - 1 ? cells[c]
          : number ? Text.padLeft(cells[c], width[c]) : Text.padRight(cells[c], width[c]);
      s.append(cell).append(c == cells.length - 1 ? "" : "  ");
    }
    return s.toString().stripTrailing();
  }

  /**
   * The findings, one line each; findings of severity info (提示) are collapsed to one line per
   * code unless {@code verbose}.
   */
  void findings(CheckReport report, boolean verbose) {
    long errors = report.count(Severity.ERROR);
    long warnings = report.count(Severity.WARNING);
    long infos = report.count(Severity.INFO);
    out.println(lang.pick("审核发现：错误 " + errors + "，警告 " + warnings + "，提示 " + infos,
        "Findings: " + Text.count(errors, "error", "errors") + ", "
            + Text.count(warnings, "warning", "warnings") + ", " + infos + " info"));
    Map<String, List<Finding>> collapsed = new LinkedHashMap<>();
    for (Finding f : report.getFindings()) {
      if (f.getSeverity() == Severity.INFO && !verbose) {
        collapsed.computeIfAbsent(f.getCode(), c -> new ArrayList<>()).add(f);
        continue;
      }
      out.println("  " + Text.padRight(Text.severity(f.getSeverity(), lang), lang == Lang.ZH ? 4 : 7)
          + " " + f.getCode() + "  " + f.getPath() + "  "
          + f.message(lang.locale()));
    }
    for (Map.Entry<String, List<Finding>> c : collapsed.entrySet()) {
      List<Finding> found = c.getValue();
      String what = CheckCode.find(c.getKey())
          .map(code -> lang.pick(code.descriptionZh(), code.description()))
          .orElseGet(() -> found.get(0).message(lang.locale()));
      out.println("  " + Text.padRight(Text.severity(Severity.INFO, lang), lang == Lang.ZH ? 4 : 7)
          + " " + c.getKey() + "  " + found.size() + lang.pick(" 处：", " times: ") + what
          + lang.pick("（--verbose 逐条列出）", " (--verbose lists each)"));
    }
    if (!report.getChecksNotRun().isEmpty()) {
      out.println(lang.pick("未执行的审核规则：", "Checks not run: ") + String.join(", ",
          report.getChecksNotRun().stream().map(c -> c.getCheckCode() + " ("
              + lang.pick(c.getReasonZh(), c.getReasonEn()) + ")").toList()));
    }
  }
}
