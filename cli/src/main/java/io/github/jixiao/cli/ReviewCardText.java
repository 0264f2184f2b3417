package io.github.jixiao.cli;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.review.ReviewRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A review card as text (复核对照表): the title, a row per indicator with the unit's, the rules'
 * and the reviewer's scores and 偏离度, the totals, the grades, the indicators the review changed
 * most, the review's own problems — each with the workpaper's cell where it came from one — and
 * what reading the workpaper noted.
 */
final class ReviewCardText {

  private final PrintWriter out;
  private final Lang lang;

  ReviewCardText(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  /** The card of the review in {@code where} by {@code reviewer}; {@code sheet} if read from one. */
  void print(String where, Optional<String> reviewer, ReviewCard card,
      Optional<ReviewedSheet> sheet) {
    out.println(lang.say("cli.review.title", Argument.text("file", where),
        Argument.text("reviewer", Echo.text(reviewer.orElse("—"))),
        Argument.text("rulebook", card.rulebook())));
    int[] widths = {8, 24, 6, 8, 8, 8, 10};
    out.println(line(widths, lang.say("cli.review.code"), lang.say("cli.review.indicator"),
        lang.say("cli.review.weight"), lang.say("cli.review.unit"), lang.say("cli.review.rules"),
        lang.say("cli.review.review"), lang.say("cli.review.deviation")));
    for (ReviewRow row : card.rows()) {
      out.println(line(widths, row.code(), row.name(), row.weight().toPlainString(),
          shown(row.unit()), shown(row.rules()), shown(row.review()), percent(row.deviation())));
    }
    out.println();
    out.println(lang.say("cli.review.total", Argument.text("unit", shown(card.unitTotal())),
        Argument.text("rules", shown(card.rulesTotal())),
        Argument.text("review", shown(card.reviewTotal())),
        Argument.text("deviation", percent(card.deviation()))));
    out.println(lang.say("cli.review.grades",
        Argument.message("unit", grade(card.unitGrade())),
        Argument.message("review", grade(card.reviewGrade())),
        Argument.message("changed", Message.of(card.gradeChanged() ? "cli.review.grade-changed"
            : "cli.review.grade-kept"))));
    var most = card.changedMost(3);
    if (!most.isEmpty()) {
      out.println(lang.say("cli.review.changed-most"));
      for (ReviewRow row : most) {
        out.println("  " + Text.clip(row.code() + " " + row.name() + "  "
            + row.unit().or(row::rules).orElseThrow().toPlainString() + " → "
            + row.review().orElseThrow().toPlainString(), ProblemLines.LINE_LIMIT));
      }
    }
    out.println(lang.say("cli.review.problems", Argument.number("count",
        card.problems().size())));
    for (ReviewProblem p : card.problems()) {
      String cell = sheet.flatMap(s -> s.cellOf(p.path())).map(c -> " " + c).orElse("");
      out.println(Text.clip("  " + lang.say(Message.label(p.severity())) + " " + p.code() + "  "
          + p.path() + cell + "  " + lang.say(p.message()), ProblemLines.LINE_LIMIT));
    }
    sheet.ifPresent(this::notes);
    out.flush();
  }

  private void notes(ReviewedSheet sheet) {
    out.println(lang.say("cli.review.notes", Argument.number("count", sheet.notes().size())));
    for (WorkpaperNote n : sheet.notes()) {
      out.println(Text.clip("  " + lang.say(Message.label(n.severity())) + " "
          + n.cell().orElse(sheet.sheet()) + "  " + lang.say(n.message()),
          ProblemLines.LINE_LIMIT));
    }
  }

  private static Message grade(Optional<Grade> grade) {
    return grade.map(Message::label).orElse(Message.of("cli.review.none"));
  }

  private static String line(int[] widths, String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = Text.clip(cells[i], 40);
      b.append(i >= 2 ? Text.padLeft(cell, widths[i]) : Text.padRight(cell, widths[i]));
      b.append(i == cells.length - 1 ? "" : "  ");
    }
    return b.toString().stripTrailing();
  }

  private static String shown(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("—");
  }

  private static String percent(Optional<BigDecimal> d) {
    return d.map(v -> v.toPlainString() + "%").orElse("—");
  }
}
