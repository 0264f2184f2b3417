package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * A score card (评分表) as a 自评表-style table — 一级指标, 二级指标, 三级指标, 分值, 自评得分, 得分, 评分说明 —
 * in Markdown or HTML, with the total and grade and the assumptions as numbered notes. In HTML a
 * group's cell spans its indicators' rows, as in the printed forms; in Markdown, which cannot
 * merge cells, a group's name stands on its first row only.
 */
final class TableReport {

  /**
   * The page's font stack: Chinese faces first (PingFang on macOS, 微软雅黑 on Windows, Noto or
   * 思源黑体 on Linux), so that Chinese never falls back to boxes and Latin and Chinese share a face.
   */
  static final String FONTS =
      "\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif";

  /** The output format of {@code jixiao render}. */
  /** The formats of {@code jixiao render}: text tables here, a workbook by jixiao-excel. */
  enum Format { MARKDOWN, HTML, XLSX }

  private final Lang lang;

  TableReport(Lang lang) {
    this.lang = lang;
  }

  String render(ScoreCard card, Format format) {
    return render(card, format, Optional.empty());
  }

  /** As {@link #render(ScoreCard, Format)}, with {@code notice} under the title. */
  String render(ScoreCard card, Format format, Optional<String> notice) {
    return render(card, format, notice, Optional.empty());
  }

  /**
   * As {@link #render(ScoreCard, Format, Optional)}, with the reviewer's findings ({@code
   * report}) under the table and its notes: severity, code, path and message each.
   */
  String render(ScoreCard card, Format format, Optional<String> notice,
      Optional<CheckReport> report) {
    this.notice = notice;
    this.report = report;
    return format == Format.HTML ? html(card) : markdown(card);
  }

  private Optional<String> notice = Optional.empty();
  private Optional<CheckReport> report = Optional.empty();

  /**
   * The information findings by code, each as one line — how many and what the check is — as
   * {@code check} prints them without {@code --verbose}: a list of every duty no task serves
   * would bury the errors.
   */
  private Map<String, String> infos(CheckReport r) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    r.getFindings().stream().filter(f -> f.getSeverity() == Severity.INFO)
        .forEach(f -> counts.merge(f.getCode(), 1, Integer::sum));
    Map<String, String> lines = new java.util.LinkedHashMap<>();
    counts.forEach((code, n) -> lines.put(code, lang.say("cli.table.infos",
        Argument.number("count", n), Argument.message("what", CheckCode.find(code)
            .map(CheckCode::description).orElseGet(() -> r.findings(code).get(0).getMessage())))));
    return lines;
  }

  private String findingsHeading(CheckReport r) {
    return lang.say("cli.findings.summary", TextReport.counts(r.count(Severity.ERROR),
        r.count(Severity.WARNING), r.count(Severity.INFO)));
  }

  private List<String> head() {
    return List.of(lang.say("cli.table.head.level1"), lang.say("cli.table.head.level2"),
        lang.say("cli.table.head.level3"), lang.say("cli.table.head.weight"),
        lang.say("cli.table.head.claimed"), lang.say("cli.table.head.points"),
        lang.say("cli.table.head.explanation"));
  }

  private String title(ScoreCard card) {
    return lang.say("cli.table.title", Argument.text("department", card.getDepartment()),
        Argument.number("year", card.getFiscalYear()));
  }

  /** The total as the table's sum row shows it: "—" when nothing was scored. */
  private static String total(ScoreCard card) {
    return card.getTotal().map(Text::plain).orElse("—");
  }

  /** The grade as the table's sum row shows it: "—" when nothing was scored. */
  private String grade(ScoreCard card) {
    return card.getGrade().map(lang::label).orElse("—");
  }

  private String totalLine(ScoreCard card) {
    Argument maximum = Argument.number("maximum", card.getMaximum());
    Argument rulebook = Argument.text("rulebook", card.getRulebook());
    Argument title = Argument.text("title", card.getRulebookTitle());
    if (card.getTotal().isEmpty()) {
      return lang.say("cli.table.no-total", maximum, rulebook, title);
    }
    Argument total = Argument.number("total", card.getTotal().get());
    Argument grade = Argument.message("grade", Message.label(card.getGrade().orElseThrow()));
    return card.getClaimedTotal()
        .map(c -> lang.say("cli.table.total.claimed", total, maximum, grade,
            Argument.number("claimed", c), rulebook, title))
        .orElseGet(() -> lang.say("cli.table.total", total, maximum, grade, rulebook, title));
  }

  /** The cells of an indicator row: the names of its levels, then the numbers and why. */
  private List<String> cells(CardTree.Row row, Map<String, GroupScore> groups) {
    IndicatorScore i = row.indicator().orElseThrow();
    List<String> names = new ArrayList<>();
    // each name with its code: the assumptions and the findings under the table name codes
    row.ancestors().forEach(code -> names.add(code + " " + groups.get(code).getName()));
    names.add(i.getCode() + " " + i.getName());
    while (names.size() < 3) {
      names.add("");
    }
    StringBuilder notes = new StringBuilder();
    row.notes().forEach(n -> notes.append(" [").append(n).append(']'));
    List<String> cells = new ArrayList<>(names.subList(0, 3));
    cells.add(Text.plain(i.getWeight()));
    cells.add(i.getClaimed().map(BigDecimal::toPlainString).orElse("—"));
    cells.add(Text.plain(i.getPoints()));
    cells.add(i.explain(lang.locale()) + notes);
    return cells;
  }

  private static Map<String, GroupScore> groups(ScoreCard card) {
    Map<String, GroupScore> groups = new java.util.HashMap<>();
    card.getGroups().forEach(g -> groups.put(g.getCode(), g));
    return groups;
  }

  private String markdown(ScoreCard card) {
    CardTree tree = new CardTree(card);
    Map<String, GroupScore> groups = groups(card);
    StringBuilder s = new StringBuilder("# ").append(md(title(card))).append("\n\n");
    notice.ifPresent(n -> s.append("> ").append(md(n)).append("\n\n"));
    s.append("| ").append(String.join(" | ", head())).append(" |\n");
    s.append("|---|---|---|--:|--:|--:|---|\n");
    List<String> shownGroups = new ArrayList<>();
    for (CardTree.Row row : tree.rows) {
      if (row.indicator().isEmpty()) {
        continue;
      }
      List<String> cells = cells(row, groups);
      for (int c = 0; c < row.ancestors().size(); c++) {
        String code = row.ancestors().get(c);
        if (shownGroups.contains(code)) {
          cells.set(c, "");
        } else {
          shownGroups.add(code);
        }
      }
      s.append("| ").append(String.join(" | ", cells.stream().map(TableReport::md).toList()))
          .append(" |\n");
    }
    s.append("| **").append(lang.say("cli.table.sum")).append("** | | | ")
        .append(Text.plain(card.getMaximum())).append(" | ")
        .append(card.getClaimedTotal().map(BigDecimal::toPlainString).orElse("—"))
        .append(" | **").append(total(card)).append("** | ")
        .append(md(grade(card))).append(" |\n\n");
    s.append(md(totalLine(card))).append("\n");
    if (!tree.assumptions.isEmpty()) {
      s.append("\n**").append(md(lang.say("cli.table.assumptions"))).append("**\n\n");
      int n = 1;
      for (Map.Entry<String, List<String>> a : tree.assumptions.entrySet()) {
        // labelled as the table refers to it, [1]: a numbered list read "1. 1.1, 1.2" ambiguously
        s.append("- [").append(n++).append("] ").append(md(String.join(", ", a.getValue())))
            .append(": ").append(md(a.getKey())).append("\n");
      }
    }
    report.ifPresent(r -> {
      s.append("\n**").append(md(findingsHeading(r))).append("**\n\n");
      for (Finding f : r.getFindings()) {
        if (f.getSeverity() != Severity.INFO) {
          s.append("- ").append(md(lang.label(f.getSeverity()))).append(" ").append(f.getCode())
              .append(" `").append(f.getPath().replace("`", "'")).append("` ")
              .append(md(f.message(lang.locale()))).append("\n");
        }
      }
      infos(r).forEach((code, line) -> s.append("- ").append(md(lang.label(Severity.INFO)))
          .append(" ").append(code).append(" ").append(md(line)).append("\n"));
    });
    return s.toString();
  }

  /** A cell's text: no line break of its own (the printed lines are the table's). */
  private static String md(String s) {
    return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  private String html(ScoreCard card) {
    CardTree tree = new CardTree(card);
    Map<String, GroupScore> groups = groups(card);
    StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
        .append(lang.locale().toLanguageTag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(html(title(card))).append("</title>\n<style>table{border-collapse:collapse}"
            + "td,th{border:1px solid #999;padding:4px 8px;vertical-align:top}"
            + "td.n{text-align:right}ol.notes{list-style:none;padding-left:1em}body{font-family:" + FONTS + ";"
            + "font-variant-numeric:tabular-nums}</style>\n</head>\n<body>\n<h1>")
        .append(html(title(card))).append("</h1>\n");
    notice.ifPresent(n -> s.append("<p>").append(html(n)).append("</p>\n"));
    s.append("<table>\n<tr>");
    head().forEach(h -> s.append("<th>").append(html(h)).append("</th>"));
    s.append("</tr>\n");
    List<String> opened = new ArrayList<>();
    for (CardTree.Row row : tree.rows) {
      if (row.indicator().isEmpty()) {
        continue;
      }
      List<String> cells = cells(row, groups);
      s.append("<tr>");
      int column = 0;
      for (String code : row.ancestors()) {
        if (!opened.contains(code)) {
          opened.add(code);
          s.append("<td rowspan=\"").append(tree.leavesUnder(code)).append("\">")
              .append(html(code + " " + groups.get(code).getName())).append("</td>");
        }
        column++;
      }
      int nameSpan = 3 - column;
      s.append("<td").append(nameSpan > 1 ? " colspan=\"" + nameSpan + "\"" : "").append(">")
          .append(html(cells.get(column))).append("</td>");
      for (int c = 3; c < 6; c++) {
        s.append("<td class=\"n\">").append(html(cells.get(c))).append("</td>");
      }
      s.append("<td>").append(html(cells.get(6))).append("</td></tr>\n");
    }
    s.append("<tr><th colspan=\"3\">").append(html(lang.say("cli.table.sum"))).append("</th>")
        .append("<td class=\"n\">").append(Text.plain(card.getMaximum())).append("</td>")
        .append("<td class=\"n\">")
        .append(card.getClaimedTotal().map(BigDecimal::toPlainString).orElse("—"))
        .append("</td><td class=\"n\"><strong>").append(total(card))
        .append("</strong></td><td>").append(html(grade(card)))
        .append("</td></tr>\n</table>\n<p>").append(html(totalLine(card))).append("</p>\n");
    if (!tree.assumptions.isEmpty()) {
      s.append("<p>").append(html(lang.say("cli.table.assumptions")))
          .append("</p>\n<ol class=\"notes\">\n");
      int n = 1;
      for (Map.Entry<String, List<String>> a : tree.assumptions.entrySet()) {
        // labelled as the table refers to it, [1]: "1. 1.1, 1.2" read ambiguously
        s.append("<li id=\"note-").append(n).append("\">[").append(n++).append("] ")
            .append(html(String.join(", ", a.getValue()) + ": " + a.getKey())).append("</li>\n");
      }
      s.append("</ol>\n");
    }
    report.ifPresent(r -> {
      s.append("<h2>").append(html(findingsHeading(r))).append("</h2>\n<ul>\n");
      for (Finding f : r.getFindings()) {
        if (f.getSeverity() != Severity.INFO) {
          s.append("<li>").append(html(lang.label(f.getSeverity()))).append(" ")
              .append(html(f.getCode())).append(" <code>").append(html(f.getPath()))
              .append("</code> ").append(html(f.message(lang.locale()))).append("</li>\n");
        }
      }
      infos(r).forEach((code, line) -> s.append("<li>").append(html(lang.label(Severity.INFO)))
          .append(" ").append(html(code)).append(" ").append(html(line)).append("</li>\n"));
      s.append("</ul>\n");
    });
    return s.append("</body>\n</html>\n").toString();
  }

  /** A cell's text: no markup, and no line break of its own (the printed lines are the page's). */
  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("\r", "&#13;").replace("\n", "&#10;");
  }
}
