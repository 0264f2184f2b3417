package io.github.jixiao.cli;

import io.github.jixiao.core.Confidence;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.report.extract.ReportDrafts;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao extract REPORT [-o draft.json]}: reads a self-evaluation report (自评报告: .docx,
 * .pdf, .txt, .md) into a draft (提取稿) — the evaluation as extracted and, beside it, every item
 * with the sentence it came from (paragraph, character range, page or line) and a confidence —
 * written as a {@code jixiao/draft-evaluation/1} document to {@code -o} or standard output. The
 * items found, each with its sentence, and the items not found are listed for the person who
 * must confirm the draft: nothing extracted is presented as certain.
 */
@Command(name = "extract", mixinStandardHelpOptions = true)
final class ExtractCommand extends DocumentCommand {

  /** The most characters of a sentence quoted in the list. */
  static final int QUOTE = 60;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.output-extract")
  Path output;

  @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.param.report")
  Path file;

  @Override
  public Integer call() {
    DraftEvaluation draft;
    try {
      draft = ReportDrafts.standard().draft(file);
      JixiaoJson json = JixiaoJson.standard();
      if (output == null) {
        out().lines(json.write(DocumentType.DRAFT_EVALUATION, draft));
      } else {
        json.write(DocumentType.DRAFT_EVALUATION, draft, output);
      }
    } catch (RuntimeException | Error e) {
      failed(file, e);
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    // the list is for people: on standard output beside a file, on standard error beside JSON
    var to = output == null ? err() : out();
    Extraction extraction = draft.getExtraction();
    Argument items = Argument.number("items", extraction.getItems().size());
    Argument missing = Argument.number("missing", extraction.getNotFound().size());
    to.println(file + ": " + (output == null ? lang.say("cli.extract.done", items, missing)
        : lang.say("cli.extract.written", items, missing,
            Argument.text("file", output.toString()))));
    for (ExtractedItem item : extraction.getItems()) {
      to.println(Text.clip("  " + lang.say(ReportDrafts.itemName(item.getItem())) + "  "
          + Text.clip(item.getWritten(), QUOTE) + "  " + lang.say("cli.extract.where",
              Argument.number("paragraph", item.getParagraph()),
              Argument.text("confidence", lang.say(confidence(item.getConfidence()))))
          + "  “" + Text.clip(item.getSentence(), QUOTE) + "”", ProblemLines.LINE_LIMIT));
    }
    List<String> notFound = extraction.getNotFound();
    if (!notFound.isEmpty()) {
      to.println(lang.say("cli.extract.not-found", Argument.list("items",
          notFound.stream().map(i -> lang.say(ReportDrafts.itemName(i))).toList())));
    }
    extraction.getNotes().forEach(n -> to.println("  " + n));
    if (draft.getEvaluation().isEmpty()) {
      to.println(lang.say("cli.extract.no-evaluation.note"));
    }
    to.println(lang.say("cli.extract.confirm"));
    out().flush();
    err().flush();
    return Jixiao.OK;
  }

  private static String confidence(Confidence c) {
    return switch (c) {
      case HIGH -> "cli.extract.confidence.high";
      case MEDIUM -> "cli.extract.confidence.medium";
      case LOW -> "cli.extract.confidence.low";
    };
  }
}
