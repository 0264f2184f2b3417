package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.excel.write.ExcelSummaries;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.summary.BatchSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jixiao summary FILE…}: the batch summary (批量汇总) — every evaluation scored and checked as
 * {@code score} does, one at a time, and fed into a {@link BatchSummary}; after the files, the
 * summary written as one self-contained HTML page with charts — each unit's rendered card (评分表)
 * beside it, in {@code NAME-cards/}, linked from its row — a workbook, or JSON ({@code --json}: on
 * standard output). The exit code says whether every file could be read (2 if not, or if no file
 * was found), not what the checks found unless {@code --fail-on} says so: the summary shows that.
 */
@Command(name = "summary", mixinStandardHelpOptions = true)
final class SummaryCommand extends FindingsCommand {

  /** What the summary is written as. */
  enum Format {
    /** One page with charts. */
    HTML,
    /** A workbook. */
    XLSX,
    /** A JSON document. */
    JSON
  }

  @Mixin
  ImportOption imports;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.output-summary")
  Path output;

  @Option(names = "--format", paramLabel = "html|xlsx|json", defaultValue = "html",
      descriptionKey = "cli.option.format-summary")
  Format format = Format.HTML;

  private final BatchSummary.Builder summary = BatchSummary.builder();
  private int added;

  /** Where each unit's rendered card goes (HTML only): beside the summary, linked from it. */
  private Optional<UnitCards> cards = Optional.empty();

  SummaryCommand() {
    super(Message.of("cli.done.summarised"));
  }

  @Override
  Done process(Path file) {
    List<CheckReport> each = new ArrayList<>();
    for (Documents.Named named : documents.evaluations(file, imports.options())) {
      SelfEvaluation evaluation = named.evaluation();
      batch.add(named.where(), evaluation);
      Rulebook rules = rulebook.choice(evaluation, documents).rulebook();
      ScoreCard card = rulebook.scorer().score(evaluation, rules);
      CheckReport findings = Checks.standard().run(CheckContext.of(evaluation, rules, card));
      summary.add(named.where(), evaluation, card, findings);
      added++;
      each.add(findings);
      cards.ifPresent(c -> c.write(named.where(), new TableReport(lang).render(card,
          TableReport.Format.HTML, TextReport.provenance(lang, rules.getProvenance()),
          Optional.of(findings))));
    }
    // the figures of the summary; the exit code's only with --fail-on
    return new Done(List.of(), each);
  }

  /** A summary fails on nothing unless asked: the page shows what the checks found. */
  @Override
  FailOn defaultFailOn() {
    return FailOn.NEVER;
  }

  @Override
  boolean prepare() {
    if (format == Format.HTML && !json) {
      cards = Optional.of(UnitCards.beside(target(), err(), lang));
    }
    return super.prepare();
  }

  private Path target() {
    return output != null ? output
        : Path.of("summary." + format.name().toLowerCase(Locale.ROOT));
  }

  @Override
  Optional<ObjectNode> afterFiles() {
    if (added == 0) {
      err().println(lang.say("cli.summary.no-input",
          Argument.text("files", String.join(", ", names.stream().map(Path::toString).toList()))));
      exitFloor = Jixiao.BAD_INPUT;
      return Optional.empty();
    }
    Path to = target();
    BatchSummary done = summary.build();
    if (json) {
      // the summary document on standard output, one line like every --json
      out().lines(JsonReport.line(new SummaryJson(lang).of(done)));
      return Optional.empty();
    }
    if (cards.isPresent() && cards.get().failed()) {
      exitFloor = Jixiao.BAD_INPUT; // a card that could not be written was said as it failed
    }
    try {
      switch (format) {
        case HTML -> writeText(to, new SummaryHtml(lang, cards.map(UnitCards::links)
            .orElse(Map.of())).page(done));
        case JSON -> writeText(to, JsonReport.write(new SummaryJson(lang).of(done)));
        case XLSX -> ExcelSummaries.write(done, lang.locale(), to);
      }
    } catch (IOException | RuntimeException e) {
      err().println(Text.clip(to + ": " + lang.say(Unusable.of(e, to).said()),
          ProblemLines.LINE_LIMIT));
      exitFloor = Jixiao.BAD_INPUT;
      return Optional.empty();
    }
    out().println(lang.say("cli.summary.written", Argument.text("file", to.toString()),
        Argument.number("count", added)));
    return Optional.empty();
  }

  private static void writeText(Path to, String text) throws IOException {
    Files.writeString(to, text, StandardCharsets.UTF_8);
  }
}
