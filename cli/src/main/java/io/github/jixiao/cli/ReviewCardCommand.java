package io.github.jixiao.cli;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.review.ReviewRow;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao review-card REVIEW}: a review (复核) beside the self-evaluation it is of — per
 * indicator and for the total the unit's score, the rules' and the reviewer's side by side with
 * 偏离度, the grades before and after, the indicators the review changed most, and the review's
 * own problems. The evaluation is {@code --evaluation FILE}, else the file the review names,
 * relative to the review's. Exit 1 when the review has a problem of severity error.
 */
@Command(name = "review-card", mixinStandardHelpOptions = true)
final class ReviewCardCommand extends DocumentCommand {

  @Option(names = "--evaluation", paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.review-evaluation")
  Path evaluationFile;

  @Mixin
  RulebookOption rulebook;

  @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.param.review")
  Path file;

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebook.resolve(documents)) {
      return Jixiao.BAD_INPUT;
    }
    Review review;
    try {
      review = JixiaoJson.standard().read(DocumentType.REVIEW, file);
    } catch (RuntimeException | Error e) {
      failed(file, e);
      return Jixiao.BAD_INPUT;
    }
    Optional<Path> of = Optional.ofNullable(evaluationFile).or(() -> review.getEvaluation()
        .getFile().map(f -> Optional.ofNullable(file.getParent()).map(p -> p.resolve(f))
            .orElse(Path.of(f))));
    if (of.isEmpty()) {
      err().println(file + ": " + lang.say("cli.review.no-evaluation",
          Argument.text("option", "--evaluation")));
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    ReviewCard card;
    try {
      SelfEvaluation evaluation = documents.evaluation(of.get());
      Rulebook rules = rulebook.choice(evaluation, documents).rulebook();
      ScoreCard scored = rulebook.scorer().score(evaluation, rules);
      card = ReviewCards.of(review, evaluation, rules, scored);
    } catch (RuntimeException | Error e) {
      failed(of.get(), e);
      return Jixiao.BAD_INPUT;
    }
    print(review, card);
    return card.hasErrors() ? Jixiao.ERROR_FINDINGS : Jixiao.OK;
  }

  private void print(Review review, ReviewCard card) {
    out().println(lang.say("cli.review.title", Argument.text("file", file.toString()),
        Argument.text("reviewer", Echo.text(review.getReviewer().orElse("—"))),
        Argument.text("rulebook", card.rulebook())));
    int[] widths = {8, 24, 6, 8, 8, 8, 10};
    out().println(line(widths, lang.say("cli.review.code"), lang.say("cli.review.indicator"),
        lang.say("cli.review.weight"), lang.say("cli.review.unit"), lang.say("cli.review.rules"),
        lang.say("cli.review.review"), lang.say("cli.review.deviation")));
    for (ReviewRow row : card.rows()) {
      out().println(line(widths, row.code(), row.name(), plain(row.weight()), shown(row.unit()),
          shown(row.rules()), shown(row.review()), percent(row.deviation())));
    }
    out().println();
    out().println(lang.say("cli.review.total", Argument.text("unit", shown(card.unitTotal())),
        Argument.text("rules", shown(card.rulesTotal())),
        Argument.text("review", shown(card.reviewTotal())),
        Argument.text("deviation", percent(card.deviation()))));
    out().println(lang.say("cli.review.grades",
        Argument.message("unit", grade(card.unitGrade())),
        Argument.message("review", grade(card.reviewGrade())),
        Argument.message("changed", Message.of(card.gradeChanged() ? "cli.review.grade-changed"
            : "cli.review.grade-kept"))));
    var most = card.changedMost(3);
    if (!most.isEmpty()) {
      out().println(lang.say("cli.review.changed-most"));
      for (ReviewRow row : most) {
        out().println("  " + Text.clip(row.code() + " " + row.name() + "  "
            + plain(row.unit().or(row::rules).orElseThrow()) + " → "
            + plain(row.review().orElseThrow()), ProblemLines.LINE_LIMIT));
      }
    }
    out().println(lang.say("cli.review.problems", Argument.number("count",
        card.problems().size())));
    for (ReviewProblem p : card.problems()) {
      out().println(Text.clip("  " + lang.say(Message.label(p.severity())) + " " + p.code() + "  "
          + p.path() + "  " + lang.say(p.message()), ProblemLines.LINE_LIMIT));
    }
    out().flush();
  }

  private static Message grade(Optional<io.github.jixiao.core.Grade> grade) {
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

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  private static String shown(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("—");
  }

  private static String percent(Optional<BigDecimal> d) {
    return d.map(v -> v.toPlainString() + "%").orElse("—");
  }
}
