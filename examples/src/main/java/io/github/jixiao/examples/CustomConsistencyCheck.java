package io.github.jixiao.examples;

import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
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

  @Override
  public String description() {
    return "a key project's budget or executed amount is not given: its spending cannot be"
        + " reviewed";
  }

  @Override
  public String descriptionZh() {
    return "重点项目未列示预算数或执行数，支出情况无法审核";
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
      String missingZh = noBudget == noExecuted ? "预算数和执行数" : noBudget ? "预算数" : "执行数";
      String missingEn = noBudget == noExecuted ? "neither its budget nor its executed amount"
          : noBudget ? "no budget" : "no executed amount";
      findings.add(finding(path)
          .messageZh("重点项目“" + p.getName() + "”未列示" + missingZh + "，其支出情况无法审核")
          .messageEn("key project '" + p.getName() + "' gives " + missingEn
              + ": its spending cannot be reviewed")
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
      out.println(f.getSeverity().label() + " " + f.getCode() + " " + f.getPath() + " "
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
