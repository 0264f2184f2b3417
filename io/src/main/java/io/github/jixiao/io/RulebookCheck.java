package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a rulebook file found (评分办法文件检查结果), {@code jixiao rulebook check}'s answer:
 * every {@link RulebookProblem}, in the order of the file (line, then column), and the rulebook
 * itself when it could be read and built. A file that cannot be read or built has the problems
 * strict reading reports ({@link JsonDocumentException}: syntax, format, shape, the build's
 * violations), each with its line and column exactly as reading reports them; one that builds has
 * those of {@code Scorer.verify} and of the {@link io.github.jixiao.rules.lint.RulebookLint lint},
 * each placed at the line and column of its JSON path in the file (or of the nearest value that
 * holds it, for a parameter a rule lacks).
 *
 * <pre>{@code
 * RulebookCheck check = JixiaoJson.standard().checkRulebook(Path.of("rulebook.json"));
 * check.problems().forEach(p -> System.out.println(p.describe("rulebook.json", Locale.CHINESE)));
 * System.exit(check.hasErrors() ? 2 : 0);
 * }</pre>
 */
public final class RulebookCheck {

  private final String source;
  private final List<RulebookProblem> problems;
  private final long omitted;
  private final Rulebook rulebook;

  RulebookCheck(String source, List<RulebookProblem> problems, long omitted, Rulebook rulebook) {
    this.source = source;
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
    this.rulebook = rulebook;
  }

  /** The file checked, if a file was. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The problems, in the order of the file: line, then column. */
  public List<RulebookProblem> problems() {
    return problems;
  }

  /**
   * How many more problems reading found than it lists (it lists the first 1000 of a document);
   * 0 once the rulebook is read.
   */
  public long omitted() {
    return omitted;
  }

  /** The rulebook, when the file could be read and built (it may still have problems). */
  public Optional<Rulebook> rulebook() {
    return Optional.ofNullable(rulebook);
  }

  /** Whether any problem is an error: the rulebook scores wrongly or not at all (exit 2). */
  public boolean hasErrors() {
    return omitted > 0 || problems.stream().anyMatch(RulebookProblem::isError);
  }

  /** How many problems are of {@code severity}. */
  public long count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return problems.stream().filter(p -> p.severity() == severity).count()
        + (severity == Severity.ERROR ? omitted : 0);
  }

  /** The problems with {@code code}, e.g. {@code JXR-201}. */
  public List<RulebookProblem> withCode(String code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  /**
   * One line for the whole check: {@code io.rulebook-check.clean} when nothing was found, else
   * the errors and warnings counted ({@code io.rulebook-check.summary}).
   */
  public Message summary() {
    if (problems.isEmpty() && omitted == 0) {
      return Message.of("io.rulebook-check.clean");
    }
    return Message.of("io.rulebook-check.summary",
        Argument.number("errors", count(Severity.ERROR)),
        Argument.number("warnings", count(Severity.WARNING)));
  }

  /** Each problem on a line of its own, as a compiler prints them, then the summary. */
  public String describe(Locale locale) {
    StringBuilder s = new StringBuilder();
    for (RulebookProblem p : problems) {
      s.append(p.describe(source, locale)).append('\n');
    }
    return s.append(summary().render(locale)).toString();
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }
}
