package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.CheckReport;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao score FILE…}: scores each self-evaluation (绩效自评) under its rulebook and prints
 * the score card (评分表) — total, grade, a row per indicator with weight, points and why — and the
 * reviewer's findings (审核发现) beside it.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score self-evaluations: the score card (评分表) and the findings (审核发现).",
        "FILE may be a directory: every *.json in it."})
final class ScoreCommand extends BatchCommand {

  @Option(names = "--rulebook", paramLabel = "ID|FILE",
      description = "Rulebook to score under: a built-in id (gz-dept-2021, mof-project-2020,"
          + " mof-dept-2013) or a rulebook document. Default: the one the document names.")
  String rulebook;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Self-evaluation documents.")
  List<Path> files;

  @Override
  public Integer call() {
    Tally tally = new Tally();
    Documents documents = new Documents(err(), lang);
    JsonReport json = new JsonReport(lang);
    TextReport text = new TextReport(out(), lang);
    ArrayNode results = JsonReport.array();
    List<Path> all = expand(files, tally);
    int[] printed = {0};
    forEach(all, file -> {
      Optional<Scored> scored = score(documents, file);
      if (scored.isEmpty()) {
        tally.bad();
        return;
      }
      Scored s = scored.get();
      tally.good();
      tally.add(s.report());
      if (this.json) {
        ObjectNode o = JsonReport.object().put("file", file.toString());
        o.setAll(json.card(s.card()));
        o.set("checks", json.report(s.report()));
        results.add(o);
      } else {
        if (printed[0]++ > 0) {
          out().println();
          out().println("=".repeat(78));
          out().println();
        }
        text.card(file, s.rulebook(), s.card());
        out().println();
        text.findings(s.report(), verbose);
      }
    });
    if (this.json) {
      out().println(JsonReport.write(single() && results.size() == 1 ? results.get(0) : results));
      err().println(tally.summary(lang, "已评分", "scored"));
    } else {
      out().println();
      out().println(tally.summary(lang, "已评分", "scored"));
    }
    return tally.exitCode();
  }

  /** Whether one file was named (not a directory): the JSON is then one object, not an array. */
  private boolean single() {
    return files.size() == 1 && Files.isRegularFile(files.get(0));
  }

  private record Scored(Rulebook rulebook, ScoreCard card, CheckReport report) {}

  private Optional<Scored> score(Documents documents, Path file) {
    Optional<SelfEvaluation> evaluation = documents.evaluation(file);
    if (evaluation.isEmpty()) {
      return Optional.empty();
    }
    Optional<Rulebook> rules = documents.rulebook(file, evaluation.get(), rulebook);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    try {
      ScoreCard card = Scorer.standard().score(evaluation.get(), rules.get());
      CheckReport report = Checks.standard().run(evaluation.get(), rules.get());
      return Optional.of(new Scored(rules.get(), card, report));
    } catch (ScoringException e) {
      err().println(file + ": " + lang.pick("无法评分：", "cannot score: ") + e.getMessage());
      return Optional.empty();
    }
  }
}
