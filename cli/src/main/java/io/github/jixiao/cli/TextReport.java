package io.github.jixiao.cli;

import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
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

  /**
   * What a card scored under a rulebook not wholly confirmed must say of it: its status and its
   * notice ("推定的评分办法：官方评分表未找到，各项分值均为假设（见下方“假设”）"); empty for a
   * confirmed one.
   */
  static Optional<String> provenance(Lang lang, Provenance provenance) {
    if (provenance.getStatus() == ProvenanceStatus.CONFIRMED) {
      return Optional.empty();
    }
    Argument status = Argument.message("status", Message.label(provenance.getStatus()));
    return Optional.of(provenance.getNotice().map(n -> lang.say("cli.card.provenance", status,
        Argument.text("notice", n))).orElseGet(() -> lang.say("cli.card.provenance-plain",
            status)));
  }

  void card(Path file, RulebookChoice choice, ScoreCard card) {
    Rulebook rulebook = choice.rulebook();
    out.println(lang.say("cli.card.title", Argument.text("department", card.getDepartment()),
        Argument.number("year", card.getFiscalYear())));
    out.println(lang.say("cli.card.file", Argument.text("file", file.toString())));
    out.println(lang.say("cli.card.rulebook", Argument.text("id", card.getRulebook()),
        Argument.text("title", card.getRulebookTitle())));
    out.println("  " + lang.say("cli.card.choice", Argument.message("reason", choice.reason())));
    provenance(lang, rulebook.getProvenance()).ifPresent(p -> out.println("  " + p));
    out.println();
    table(new CardTree(card));
    out.println();
    List<String> total = new ArrayList<>();
    if (card.getTotal().isPresent()) {
      total.add(lang.say("cli.card.total", Argument.number("total", card.getTotal().get()),
          Argument.number("maximum", card.getMaximum())));
      total.add(lang.say("cli.card.grade",
          Argument.message("grade", Message.label(card.getGrade().orElseThrow()))));
    } else {
      total.add(lang.say("cli.card.no-total", Argument.number("maximum", card.getMaximum())));
    }
    card.getClaimedTotal().ifPresent(c -> total.add(card.getDifference()
        .map(d -> lang.say("cli.card.claimed.difference", Argument.number("claimed", c),
            Argument.text("difference", Text.signed(d))))
        .orElseGet(() -> lang.say("cli.card.claimed", Argument.number("claimed", c)))));
    out.println(String.join("    ", total));
    if (card.isRescaled()) {
      out.println(lang.say("cli.card.rescaled", Argument.number("sum", card.getPointsSum()),
          Argument.number("applicable", card.getApplicableWeight()),
          Argument.number("maximum", card.getMaximum())));
    }
    for (Message note : card.getNotes()) {
      out.println(lang.say("cli.card.note", Argument.message("note", note)));
    }
  }

  private void table(CardTree tree) {
    String[] head = {lang.say("cli.card.head.code"), lang.say("cli.card.head.indicator"),
        lang.say("cli.card.head.weight"), lang.say("cli.card.head.points"),
        lang.say("cli.card.head.status"), lang.say("cli.card.head.explanation")};
    List<String[]> rows = new ArrayList<>();
    for (CardTree.Row row : tree.rows) {
      String indent = "  ".repeat(row.level() - 1);
      if (row.group().isPresent()) {
        GroupScore g = row.group().get();
        // A group raised by moved weight says how (得分 = 48.00 × 56.25 ÷ 50 = 54.00).
        rows.add(new String[] {g.getCode(), indent + g.getName(), Text.plain(g.getWeight()),
            Text.plain(g.getPoints()), "",
            g.getExplanation().map(m -> lang.say(m)).orElse("")});
      } else {
        IndicatorScore i = row.indicator().get();
        StringBuilder notes = new StringBuilder();
        row.notes().forEach(n -> notes.append('[').append(n).append(']'));
        rows.add(new String[] {i.getCode(), indent + i.getName(), Text.plain(i.getWeight()),
            Text.plain(i.getPoints()), lang.label(i.getStatus()),
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
      out.println(lang.say("cli.card.assumptions"));
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
  /** The extraction of a draft read from a report, whose sentences the findings quote. */
  private Optional<Extraction> extraction = Optional.empty();

  /** This report, quoting under each finding the sentence of {@code extraction} it is about. */
  TextReport quoting(Optional<Extraction> extraction) {
    this.extraction = extraction;
    return this;
  }

  void findings(CheckReport report, boolean verbose) {
    out.println(lang.say("cli.findings.summary", counts(report.count(Severity.ERROR),
        report.count(Severity.WARNING), report.count(Severity.INFO))));
    int severityWidth = 0;
    for (Severity s : Severity.values()) {
      severityWidth = Math.max(severityWidth, Text.width(lang.label(s)));
    }
    Map<String, List<Finding>> collapsed = new LinkedHashMap<>();
    for (Finding f : report.getFindings()) {
      if (f.getSeverity() == Severity.INFO && !verbose) {
        collapsed.computeIfAbsent(f.getCode(), c -> new ArrayList<>()).add(f);
        continue;
      }
      out.println("  " + Text.padRight(lang.label(f.getSeverity()), severityWidth) + " "
          + f.getCode() + "  " + f.getCell().map(c -> c + "  ").orElse("") + f.getPath() + "  "
          + f.message(lang.locale()));
      // a draft read from a report: the sentence the value came from, under the finding
      extraction.flatMap(x -> x.itemOf(f.getPath())).ifPresent(item -> out.println(Text.clip(
          "    " + lang.say("cli.findings.sentence", Argument.number("paragraph",
              item.getParagraph()), Argument.text("sentence", item.getSentence())),
          ProblemLines.LINE_LIMIT)));
    }
    for (Map.Entry<String, List<Finding>> c : collapsed.entrySet()) {
      List<Finding> found = c.getValue();
      Message what = CheckCode.find(c.getKey()).map(CheckCode::description)
          .orElseGet(() -> found.get(0).getMessage());
      out.println("  " + Text.padRight(lang.label(Severity.INFO), severityWidth) + " "
          + c.getKey() + "  " + lang.say("cli.findings.collapsed",
              Argument.number("count", found.size()), Argument.message("what", what),
              Argument.text("option", "--verbose")));
    }
    if (!report.getChecksNotRun().isEmpty()) {
      out.println(lang.say("cli.findings.not-run"));
      report.getChecksNotRun().forEach(s -> out.println("  " + lang.say(
          "cli.findings.not-run.check", Argument.text("code", s.getCheckCode()),
          Argument.message("reason", s.getReason()))));
    }
  }

  /**
   * The counts of findings by severity, as the arguments {@code errors}, {@code warnings} and
   * {@code infos} of a message: "2 errors", "1 error", "18 info"; 错误 2，警告 2，提示 18.
   */
  static Argument[] counts(long errors, long warnings, long infos) {
    return new Argument[] {
        Argument.message("errors", Message.of(errors == 1 ? "cli.count.errors.one"
            : "cli.count.errors.many", Argument.number("count", errors))),
        Argument.message("warnings", Message.of(warnings == 1 ? "cli.count.warnings.one"
            : "cli.count.warnings.many", Argument.number("count", warnings))),
        Argument.message("infos", Message.of("cli.count.infos", Argument.number("count", infos)))};
  }
}
