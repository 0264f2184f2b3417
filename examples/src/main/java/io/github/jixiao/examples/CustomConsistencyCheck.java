package io.github.jixiao.examples;

import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A consistency check of one's own (自定义审核规则): a key project (重点项目) whose budget or
 * executed amount the report does not give cannot be reviewed — the Baiyun report says 区人大会议项目
 * "较好地完成了支出任务" without a single figure. Registered beside the standard checks with
 * {@link Checks#with}; its code {@value #CODE} is outside Jixiao's own {@code JX-} range. Run from
 * the repository root:
 *
 * <pre>{@code
 * java io.github.jixiao.examples.CustomConsistencyCheck examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class CustomConsistencyCheck implements ConsistencyCheck {

  /** The check's stable code. */
  public static final String CODE = "EX-101";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  /** Creates the check and registers its words (once per JVM; again does nothing). */
  public CustomConsistencyCheck() {
    MessageBundles.register(StatedFigureRule.MESSAGES,
        CustomConsistencyCheck.class.getClassLoader());
  }

  @Override
  public Message description() {
    return Message.of("example.key-project-figures");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Project> projects = context.evaluation().getProjects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      boolean noBudget = p.getBudget().isEmpty();
      boolean noExecuted = p.getExecuted().isEmpty();
      if (!noBudget && !noExecuted) {
        continue;
      }
      // the missing field, or the project itself when both are missing: $.projects[0].budget
      String project = JsonPaths.index(JsonPaths.field(JsonPaths.ROOT, "projects"), i);
      String path = noBudget == noExecuted ? project
          : JsonPaths.field(project, noBudget ? "budget" : "executed");
      String missing = noBudget == noExecuted ? "example.key-project-figures.both"
          : noBudget ? "example.key-project-figures.budget" : "example.key-project-figures.executed";
      findings.add(finding(path)
          .message(Message.of("example.key-project-figures.missing",
              Argument.text("project", p.getName()), Argument.message("missing", missing)))
          .build());
    }
    return findings;
  }

  /**
   * Checks {@code args[0]} (default: the Baiyun report, from the repository root) with the
   * standard checks and this one.
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/baiyun-2021/evaluation.json");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Finding f : check(file).getFindings()) {
      out.println(Message.label(f.getSeverity()).render(Locale.SIMPLIFIED_CHINESE) + " " + f.getCode() + " " + f.getPath() + " "
          + f.message(Locale.SIMPLIFIED_CHINESE));
    }
  }

  /** The standard checks plus this one, run on the document in {@code file}. */
  public static CheckReport check(Path file) {
    SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(file);
    Checks checks = Checks.standard().with(new CustomConsistencyCheck());
    return checks.run(evaluation, Rulebooks.guangzhouDepartment2021());
  }
}
