package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.excel.write.ExcelReports;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.List;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao render FILE}: the score card (评分表) of one self-evaluation as a 自评表-style table,
 * in Markdown (default) or HTML, on standard output; or, with {@code --format xlsx -o OUT.xlsx},
 * as a workbook (评分结果工作簿) with the unit's columns, the computed 得分 beside the claimed one and
 * a findings sheet whose rows link to the cells.
 */
@Command(name = "render", mixinStandardHelpOptions = true)
final class RenderCommand extends DocumentCommand {

  @Option(names = "--format", paramLabel = "markdown|html|xlsx", defaultValue = "markdown",
      descriptionKey = "cli.option.format")
  TableReport.Format format = TableReport.Format.MARKDOWN;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.output-render")
  Path output;

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
    if ((format == TableReport.Format.XLSX) != (output != null)) {
      err().println(lang.say(output == null ? "cli.render.xlsx-needs-output"
          : "cli.render.output-is-xlsx", Argument.text("format", "--format xlsx"),
          Argument.text("option", "-o")));
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    String table;
    try {
      SelfEvaluation evaluation = documents.evaluation(file);
      Rulebook rules = rulebook.choice(evaluation, documents).rulebook();
      java.util.Optional<String> notice = TextReport.provenance(lang, rules.getProvenance());
      ScoreCard card = rulebook.scorer().score(evaluation, rules);
      CheckReport report = rulebook.checks().run(CheckContext.of(evaluation, rules, card));
      if (format == TableReport.Format.XLSX) {
        ExcelReports.write(List.of(new ExcelReports.Scored(evaluation, card, report)),
            lang.locale(), output);
        out().println(lang.say("cli.render.written", Argument.text("file", output.toString())));
        out().flush();
        return Jixiao.OK;
      }
      table = new TableReport(lang).render(card, format, notice, java.util.Optional.of(report));
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
