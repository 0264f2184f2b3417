package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.excel.write.ExcelTemplates;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao template RULEBOOK -o FILE.xlsx}: the blank self-evaluation table (空白自评表) of a
 * rulebook for a unit to fill in — the national form's layout with the rulebook's groups and
 * weights, drop-downs for operators and 定性 levels, number validation — which {@code jixiao
 * import} and {@code jixiao score} read back once filled.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand extends DocumentCommand {

  @Mixin
  CatalogueOption rulebooks;

  @Parameters(paramLabel = "${bundle:cli.label.rulebook}", descriptionKey = "cli.param.rulebook")
  String rulebook;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.output-xlsx")
  Path output;

  @Option(names = "--year", paramLabel = "${bundle:cli.label.year}",
      descriptionKey = "cli.option.year")
  Integer year;

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebooks.join(documents)) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    Optional<Rulebook> found = documents.rulebook(rulebook, false, "");
    if (found.isEmpty()) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    // the year evaluated is, by default, the one that has just ended
    int fiscalYear = year != null ? year : Year.now().getValue() - 1;
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      err().println("--year " + fiscalYear + ": " + lang.say("cli.template.year"));
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    try {
      ExcelTemplates.write(found.get(), fiscalYear, output);
    } catch (JixiaoException e) {
      err().println(lang.say(e.said()));
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    out().println(lang.say("cli.template.written", Argument.text("file", output.toString()),
        Argument.text("id", found.get().getId()), Argument.number("year", fiscalYear)));
    out().flush();
    return Jixiao.OK;
  }
}
