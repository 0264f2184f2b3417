package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao validate FILE…}: reads each document strictly, of whichever type its {@code
 * "format"} names, and reports every problem (文档错误) with file, line:column and JSON path. Exit
 * code 2 when any document cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate Jixiao JSON documents: every problem with line:column and JSON path.",
        "FILE may be a directory: every *.json in it. Exit code 2 when one is invalid."})
final class ValidateCommand extends BatchCommand {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Jixiao JSON documents.")
  List<Path> files;

  @Override
  public Integer call() {
    Tally tally = new Tally();
    JsonReport json = new JsonReport(lang);
    ArrayNode results = JsonReport.array();
    Documents documents = new Documents(err(), lang);
    forEach(expand(files, tally), file -> {
      try {
        Object document = JixiaoJson.standard().readAny(file);
        tally.good();
        String format = DocumentType.all().stream()
            .filter(t -> t.valueType().isInstance(document)).map(DocumentType::format)
            .findFirst().orElse("?");
        if (this.json) {
          results.addObject().put("file", file.toString()).put("valid", true)
              .put("format", format);
        } else {
          out().println(file + ": " + lang.pick("有效（", "valid (") + format
              + lang.pick("）", ")"));
        }
      } catch (JsonDocumentException e) {
        tally.bad();
        documents.report(e);
        if (this.json) {
          results.add(json.problems(file, e));
        } else {
          out().println(file + ": " + lang.pick("无效，", "invalid, ") + e.problems().size()
              + lang.pick(" 个问题（见标准错误输出）", e.problems().size() == 1
                  ? " problem (on standard error)" : " problems (on standard error)"));
        }
      }
    });
    String summary = tally.summary(lang, "有效", "valid");
    if (this.json) {
      boolean single = files.size() == 1 && Files.isRegularFile(files.get(0));
      out().println(JsonReport.write(single && results.size() == 1 ? results.get(0) : results));
      err().println(summary);
    } else {
      out().println(summary);
    }
    return tally.exitCode();
  }
}
