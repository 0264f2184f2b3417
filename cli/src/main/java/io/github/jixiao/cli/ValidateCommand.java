package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code jixiao validate FILE…}: reads each document strictly, of whichever type its {@code
 * "format"} names, and reports every problem (文档错误) with file, line:column and JSON path; a
 * rulebook's built-in rules also check what they are given (a misspelt parameter or option, a
 * step of 0); a rule type of one's own is left to the scorer that registers it. {@code -} reads
 * standard input: one document, or JSON Lines (a document a line, named {@code -:N}). Exit code
 * 2 when any document cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand extends BatchCommand {

  ValidateCommand() {
    super(Message.of("cli.done.valid"));
  }

  /** What standard input held, by the name it is read under ({@code -}, or {@code -:N}). */
  private final Map<Path, String> standardInput = new HashMap<>();

  @Override
  Optional<List<Path>> standardInput() {
    Map<String, String> parts = StandardInput.documents(System.in,
        JixiaoJson.standard().limits().maxDocumentLength());
    List<Path> named = new ArrayList<>();
    parts.forEach((name, text) -> {
      named.add(Path.of(name));
      standardInput.put(Path.of(name), text);
    });
    return Optional.of(named);
  }

  @Override
  Done process(Path file) {
    String given = standardInput.remove(file);
    Object document = given != null ? JixiaoJson.standard().readAny(given)
        : JixiaoJson.standard().readAny(file);
    if (document instanceof Rulebook rulebook) {
      // What a rule's parameters mean is the rule's business (issue 12): the built-in rules check
      // theirs here; a rule type of the user's own is no problem of the document's.
      Optional<JsonDocumentException> problems = RulebookFileProblems.asDocumentProblems(
          Scorer.standard().verifyKnownRules(rulebook), file);
      if (problems.isPresent()) {
        throw problems.get();
      }
    }
    String format = DocumentType.all().stream()
        .filter(t -> t.valueType().isInstance(document)).map(DocumentType::format)
        .findFirst().orElse("?");
    if (json) {
      return new Done(Optional.of(JsonReport.object().put("file", file.toString())
          .put("valid", true).put("format", format)), Optional.empty());
    }
    out().println(file + ": " + lang.say("cli.validate.valid", Argument.text("format", format)));
    return new Done(Optional.empty(), Optional.empty());
  }

  @Override
  ObjectNode failedEntry(Path file, Failure failure) {
    ObjectNode o = JsonReport.object().put("file", file.toString()).put("valid", false);
    problems(o, failure);
    return o;
  }

  @Override
  void failedText(Path file, long problems) {
    out().println(file + ": " + lang.say(problems == 1 ? "cli.validate.invalid.one"
        : "cli.validate.invalid.many", Argument.number("count", problems)));
  }
}
