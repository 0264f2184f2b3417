package io.github.jixiao.cli;

import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.declaration.StageFinding;
import io.github.jixiao.rules.declaration.TargetReview;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.InputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code jixiao review-targets FILE…}: the finance bureau's review of target declarations
 * (绩效目标审核, {@code jixiao/target-declaration/1}) — each declaration's findings, JX-951 to
 * JX-959, printed and counted as {@code check} prints a self-evaluation's. Exit code 1 when one is
 * an error (a row with no target at all).
 */
@Command(name = "review-targets", mixinStandardHelpOptions = true)
final class ReviewTargetsCommand extends BatchCommand {

  ReviewTargetsCommand() {
    super(Message.of("cli.done.reviewed"));
  }

  @Override
  Done process(Path file) {
    TargetDeclaration declaration = JixiaoJson.standard().read(DocumentType.TARGET_DECLARATION,
        file);
    CheckReport report = StageFinding.report(TargetReview.review(declaration));
    if (json) {
      return new Done(List.of(Documents.line(DocumentType.CHECK_REPORT,
          report.withInput(InputFile.of(file.toString())))), List.of(report));
    }
    out().println(file.toString());
    new TextReport(out(), lang).findings(report, verbose);
    out().println();
    return new Done(Optional.empty(), Optional.of(report));
  }
}
