package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.SkippedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao import FILE.xlsx [-o OUT]}: a 自评表 workbook as Jixiao JSON (自评表导入) — one
 * {@code jixiao/self-evaluation/2} document per project sheet, each with the cell every value was
 * read from and what the import assumed. One sheet goes to {@code -o FILE} or standard output;
 * several go to {@code -o DIR}, a file per sheet. What was assumed and skipped is said on
 * standard error.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends DocumentCommand {

  @Mixin
  ImportOption imports;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.output-import")
  Path output;

  @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.param.workbook")
  Path file;

  @Override
  public Integer call() {
    JixiaoJson json = JixiaoJson.standard();
    ImportResult result;
    try {
      result = ExcelTables.standard().withOptions(imports.options()).read(file);
      if (result.sheets().size() > 1 && (output == null || !Files.isDirectory(output))) {
        err().println(file + ": " + lang.say("cli.import.needs-directory",
            Argument.number("sheets", result.sheets().size()), Argument.text("option", "-o")));
        err().flush();
        return Jixiao.BAD_INPUT;
      }
      for (ImportedSheet sheet : result.sheets()) {
        SelfEvaluation e = sheet.evaluation();
        if (output == null) {
          out().lines(json.write(e));
        } else {
          Path to = Files.isDirectory(output) ? output.resolve(fileName(sheet.sheet())) : output;
          json.write(DocumentType.SELF_EVALUATION, e, to);
          out().println(lang.say("cli.import.written", Argument.text("sheet", sheet.sheet()),
              Argument.text("file", to.toString())));
        }
        err().println(file + " " + sheet.sheet() + ": " + lang.say("cli.import.sheet",
            Argument.text("layout", sheet.layout()),
            Argument.number("indicators", e.getIndicators().size()),
            Argument.number("notes", e.getSource().map(s -> s.getNotes().size()).orElse(0))));
      }
      for (SkippedSheet skipped : result.skipped()) {
        err().println(file + " " + skipped.sheet() + ": " + lang.say("cli.import.skipped",
            Argument.message("reason", skipped.reason())));
      }
    } catch (RuntimeException | Error e) {
      failed(file, e);
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    out().flush();
    err().flush();
    return Jixiao.OK;
  }

  /** A sheet's file name: its name with what a file name cannot hold replaced, then .json. */
  static String fileName(String sheet) {
    return sheet.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + ".json";
  }
}
