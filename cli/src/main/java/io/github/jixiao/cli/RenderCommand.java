package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao render FILE}: the score card (评分表) of one self-evaluation as a 自评表-style table,
 * in Markdown (default) or HTML, on standard output.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand extends DocumentCommand {

  @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
      descriptionKey = "cli.option.format")
  TableReport.Format format = TableReport.Format.MARKDOWN;

  @Mixin
  RulebookOption rulebook;

  @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.param.file")
  Path file;

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebook.resolve(documents)) {
      return Jixiao.BAD_INPUT;
    }
    String table;
    try {
      SelfEvaluation evaluation = documents.evaluation(file);
      Rulebook rules = rulebook.choice(evaluation, documents).rulebook();
      java.util.Optional<String> notice = TextReport.provenance(lang, rules.getProvenance());
      ScoreCard card = rulebook.scorer().score(evaluation, rules);
      table = new TableReport(lang).render(card, format, notice);
    } catch (RuntimeException | Error e) {
      // a document problem, a rulebook, a rule or a read; or Jixiao's fault, or the VM's
      failed(file, e);
      return Jixiao.BAD_INPUT;
    }
    // the table's cells hold no line break of their own: its lines are the table's
    out().lines(table);
    out().flush();
    return Jixiao.OK;
  }
}
