package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
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
 * reviewer's findings (审核发现) beside it.
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
      JsonReport report = new JsonReport(lang);
      ObjectNode o = JsonReport.object().put("file", file.toString());
      evaluation.getSource().ifPresent(src -> o.put("sheet", src.getSheet()));
      o.put("rulebookChoice", lang.say(choice.reason()))
          .put("rulebookStatus", rules.getProvenance().getStatus().name());
      rules.getProvenance().getNotice().ifPresent(n -> o.put("rulebookNotice", n));
      o.setAll(report.card(card));
      o.set("checks", report.report(findings));
      return new Done(Optional.of(o), Optional.of(findings));
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
