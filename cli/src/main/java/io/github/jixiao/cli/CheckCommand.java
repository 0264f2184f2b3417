package io.github.jixiao.cli;

import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.declaration.MonitoringLinks;
import io.github.jixiao.rules.declaration.StageLinks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jixiao check FILE…}: runs the reviewer's consistency checks (审核规则, {@code
 * Checks.standard()}) on each self-evaluation and prints the findings (审核发现): code, severity,
 * where, what. Under a rulebook — given, or named by the document — the checks that rescore run
 * too; without one they are listed as not run.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand extends FindingsCommand {

  CheckCommand() {
    super(Message.of("cli.done.checked"));
  }

  @Mixin
  ImportOption imports;

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
    // a report's draft holds no indicator table: no rulebook can rescore it, so none is chosen
    // and the rescoring checks are listed as not run
    Optional<RulebookChoice> choice = named.extraction().isPresent()
        && evaluation.getIndicators().isEmpty() ? Optional.empty()
        : rulebook.choiceIfAny(evaluation, documents);
    Optional<Rulebook> rules = choice.map(RulebookChoice::rulebook);
    CheckReport checked = rules.map(r -> rulebook.checks().run(
            Checks.context(evaluation, r, rulebook.scorer())))
        .orElseGet(() -> rulebook.checks().run(evaluation));
    Optional<Path> declared = evaluation.getDeclaration().map(d -> beside(file, d));
    CheckReport report = linked(checked, evaluation, file, declared);
    if (json) {
      return new Done(List.of(Documents.line(DocumentType.CHECK_REPORT,
          report.withInput(named.input(file)))), List.of(report));
    }
    out().println(named.where());
    choice.ifPresent(c -> out().println(lang.say("cli.check.rulebook", Argument.text("id",
        c.rulebook().getId()), Argument.message("reason", c.reason()))));
    declared.ifPresent(d -> out().println(lang.say("cli.check.declaration",
        Argument.text("file", d.toString()))));
    new TextReport(out(), lang).quoting(named.extraction()).findings(report, verbose);
    out().println();
    return new Done(Optional.empty(), Optional.of(report));
  }

  private static Path beside(Path file, String name) {
    return Optional.ofNullable(file.getParent()).map(p -> p.resolve(name)).orElse(Path.of(name));
  }

  /**
   * {@code checked} with the findings of the evaluation against the target declaration and the
   * monitoring reports it names (JX-961 to JX-965); a document that cannot be read is reported on
   * its own (exit code 2) and the rest are still compared.
   */
  private CheckReport linked(CheckReport checked, SelfEvaluation evaluation, Path file,
      Optional<Path> declared) {
    if (declared.isEmpty() && evaluation.getMonitoring().isEmpty()) {
      return checked;
    }
    List<Finding> all = new ArrayList<>(checked.getFindings());
    Set<String> run = new LinkedHashSet<>(checked.getChecksRun());
    JixiaoJson json = JixiaoJson.standard();
    if (declared.isPresent()) {
      try {
        TargetDeclaration declaration = json.read(DocumentType.TARGET_DECLARATION,
            declared.get());
        StageLinks.check(evaluation, declaration).forEach(f -> all.add(f.asFinding()));
        run.addAll(StageLinks.CODES);
      } catch (RuntimeException e) {
        failed(declared.get(), e);
        exitFloor = Jixiao.BAD_INPUT;
      }
    }
    for (String name : evaluation.getMonitoring()) {
      Path monitoring = beside(file, name);
      try {
        MonitoringReport report = json.read(DocumentType.MONITORING, monitoring);
        MonitoringLinks.check(evaluation, report, name).forEach(f -> all.add(f.asFinding()));
        run.addAll(MonitoringLinks.CODES);
      } catch (RuntimeException e) {
        failed(monitoring, e);
        exitFloor = Jixiao.BAD_INPUT;
      }
    }
    all.sort(Finding.reportOrder());
    return CheckReport.builder().addAllFindings(all).addAllChecksRun(run)
        .addAllChecksNotRun(checked.getChecksNotRun()).build();
  }
}
