package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonFileException;
import io.github.jixiao.io.RulebookCheck;
import io.github.jixiao.io.RulebookProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao rulebook check FILE…}: the static analysis of a rulebook file (评分办法检查) before
 * it is used — what reading and building refuse (syntax, shape, weights that do not add up, band
 * tables with a gap or an overlap), the rules the scorer does not know or whose parameters it
 * refuses, and what the lint finds (bands leaving values out or out of reach, a leaf that never
 * earns its full points or never reaches 0, deductions that can exceed a weight, a grade no total
 * reaches). Each problem is printed as a compiler prints one, {@code file:line:column: 错误
 * JXR-201: $.indicators[2].rule.bands[0]: …}; exit code 2 when any is an error, 0 otherwise
 * (warnings alone do not fail).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class RulebookCheckCommand extends DocumentCommand {

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.param.rulebook-files")
  List<Path> files;

  @Mixin
  PluginOption plugins;

  @Override
  public Integer call() {
    if (!plugins.load(new Documents(err(), lang, problemLimit()))) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    JixiaoJson reader = JixiaoJson.standard();
    boolean errors = false;
    for (Path file : files) {
      RulebookCheck check;
      try {
        check = reader.checkRulebook(file, plugins.scorer(), RulebookLint.standard());
      } catch (JsonFileException e) {
        err().println(lang.say(e.said()));
        errors = true;
        continue;
      } catch (RuntimeException | Error e) {
        failed(file, e);
        errors = true;
        continue;
      }
      errors |= check.hasErrors();
      if (json) {
        out().lines(JsonReport.line(entry(file, check))); // JSON Lines: a rulebook a line
      } else {
        print(file, check);
      }
    }
    out().flush();
    err().flush();
    return errors ? Jixiao.BAD_INPUT : Jixiao.OK;
  }

  private void print(Path file, RulebookCheck check) {
    List<RulebookProblem> shown = check.problems().subList(0,
        Math.min(check.problems().size(), problemLimit()));
    for (RulebookProblem p : shown) {
      out().println(Text.clip(p.describe(file.toString(), lang.locale()),
          ProblemLines.LINE_LIMIT));
      p.problem().hint(lang.locale()).ifPresent(h -> out().println("    " + h));
    }
    long more = check.problems().size() + check.omitted() - shown.size();
    if (more > 0) {
      out().println(lang.say("cli.rulebook-check.more", Argument.number("count", more),
          Argument.text("option", "--verbose"), Argument.number("most",
              ProblemLines.SHOWN_VERBOSE)));
    }
    out().println(file + ": " + lang.say(check.summary()));
  }

  private ObjectNode entry(Path file, RulebookCheck check) {
    ObjectNode o = JsonReport.object().put("file", file.toString())
        .put("errors", check.hasErrors());
    ArrayNode problems = o.putArray("problems");
    for (RulebookProblem p : check.problems()) {
      ObjectNode one = problems.addObject().put("code", p.code())
          .put("severity", p.severity().name()).put("path", p.jsonPath())
          .put("line", p.line()).put("column", p.column())
          .put("message", p.message(lang.locale()));
      p.problem().hint(lang.locale()).ifPresent(h -> one.put("hint", h));
    }
    return o;
  }
}
