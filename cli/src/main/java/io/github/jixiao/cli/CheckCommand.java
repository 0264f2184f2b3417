package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.CheckReport;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoringException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao check FILE…}: runs the reviewer's consistency checks (审核规则, {@code
 * Checks.standard()}) on each self-evaluation and prints the findings (审核发现): code, severity,
 * where, what. Under a rulebook — given, or named by the document — the checks that rescore run
 * too; without one they are listed as not run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check self-evaluations for consistency: the findings (审核发现).",
        "FILE may be a directory: every *.json in it.",
        "Exit code 1 when a finding is an error (错误)."})
final class CheckCommand extends BatchCommand {

  @Option(names = "--rulebook", paramLabel = "ID|FILE",
      description = "Rulebook for the checks that rescore: a built-in id or a rulebook document."
          + " Default: the one the document names; none if it names none.")
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
    forEach(expand(files, tally), file -> {
      Optional<CheckReport> report = check(documents, file);
      if (report.isEmpty()) {
        tally.bad();
        return;
      }
      tally.good();
      tally.add(report.get());
      if (this.json) {
        ObjectNode o = JsonReport.object().put("file", file.toString());
        o.setAll(json.report(report.get()));
        results.add(o);
      } else {
        out().println(file);
        text.findings(report.get(), verbose);
        out().println();
      }
    });
    String summary = tally.summary(lang, "已审核", "checked");
    if (this.json) {
      boolean single = files.size() == 1 && Files.isRegularFile(files.get(0));
      out().println(JsonReport.write(single && results.size() == 1 ? results.get(0) : results));
      err().println(summary);
    } else {
      out().println(summary);
    }
    return tally.exitCode();
  }

  private Optional<CheckReport> check(Documents documents, Path file) {
    Optional<SelfEvaluation> evaluation = documents.evaluation(file);
    if (evaluation.isEmpty()) {
      return Optional.empty();
    }
    if (rulebook == null && evaluation.get().getRulebook().isEmpty()) {
      return Optional.of(Checks.standard().run(evaluation.get()));
    }
    Optional<Rulebook> rules = documents.rulebook(file, evaluation.get(), rulebook);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Checks.standard().run(evaluation.get(), rules.get()));
    } catch (ScoringException e) {
      err().println(file + ": " + lang.pick("无法评分：", "cannot score: ") + e.getMessage());
      return Optional.empty();
    }
  }
}
