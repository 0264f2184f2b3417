package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.InputFile;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jixiao score FILE…}: scores each self-evaluation (绩效自评) under its rulebook and prints
 * the score card (评分表) — total, grade, a row per indicator with weight, points and why — and the
 * reviewer's findings (审核发现) beside it. With {@code --json}, each evaluation gives two lines of
 * JSON Lines: its {@code jixiao/score-card} document and its {@code jixiao/check-report} document,
 * each naming the file ({@code input}).
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand extends FindingsCommand {

  @Mixin
  ImportOption imports;

  private int printed;

  ScoreCommand() {
    super(Message.of("cli.done.scored"));
  }

  /** Scoring that worked is success: findings do not fail {@code score} unless asked. */
  @Override
  FailOn defaultFailOn() {
    return FailOn.NEVER;
  }

  @Override
  Done process(Path file) {
    List<Done> each = new ArrayList<>();
    for (Documents.Named named : documents.evaluations(file, imports.options())) {
      each.add(one(file, named)); // one at a time: each prints as it is done
    }
    return Done.all(each);
  }

  private Done one(Path file, Documents.Named named) {
    SelfEvaluation evaluation = named.evaluation();
    batch.add(named.where(), evaluation);
    RulebookChoice choice = rulebook.choice(evaluation, documents);
    Rulebook rules = choice.rulebook();
    ScoreCard card = rulebook.scorer().score(evaluation, rules);
    // the checks that rescore read this card: the document is scored once
    CheckReport findings = rulebook.checks().run(CheckContext.of(evaluation, rules, card));
    if (json) {
      // two documents a line each: the card, and the checks beside it, both naming the file
      InputFile input = named.input(file);
      return new Done(List.of(Documents.line(DocumentType.SCORE_CARD, card.withInput(input)),
          Documents.line(DocumentType.CHECK_REPORT, findings.withInput(input))),
          List.of(findings));
    }
    if (printed++ > 0) {
      out().println("=".repeat(78));
      out().println();
    }
    TextReport text = new TextReport(out(), lang);
    text.card(Path.of(named.where()), choice, card);
    out().println();
    text.findings(findings, verbose);
    out().println();
    return new Done(Optional.empty(), Optional.of(findings));
  }
}
