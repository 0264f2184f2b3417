package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rollup.DepartmentRollup;
import io.github.jixiao.rules.rollup.RolledProject;
import io.github.jixiao.rules.rollup.RollupException;
import io.github.jixiao.rules.rollup.Rollups;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code jixiao rollup FILE…}: rolls a unit's project self-evaluations up into its department
 * (项目汇总到部门, lifecycle.md §5) and prints the summary — money, execution, grades and their
 * shares, the projects below 60 and below 90 % execution, the indicators they share summed — and,
 * when a department-wide evaluation is among the files, its project spending against the
 * projects' (JX-851, JX-852). Each project is scored under its rulebook where one is found (the
 * rules' score and grade), else taken at its claims.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true)
final class RollupCommand extends FindingsCommand {

  @Mixin
  ImportOption imports;

  private final List<RolledProject> projects = new ArrayList<>();
  private final List<String> departments = new ArrayList<>();
  private Optional<SelfEvaluation> department = Optional.empty();

  RollupCommand() {
    super(Message.of("cli.done.rolled-up"));
  }

  @Override
  Done process(Path file) {
    List<Done> each = new ArrayList<>();
    for (Documents.Named named : documents.evaluations(file, imports.options())) {
      each.add(one(file, named));
    }
    return Done.all(each);
  }

  private Done one(Path file, Documents.Named named) {
    SelfEvaluation evaluation = named.evaluation();
    if (evaluation.getKind() == EvaluationKind.DEPARTMENT_WIDE) {
      departments.add(named.where());
      department = Optional.of(evaluation);
      return new Done(json ? Optional.of(JsonReport.object().put("file", file.toString())
          .put("role", "department")) : Optional.empty(), Optional.empty());
    }
    batch.add(named.where(), evaluation);
    Optional<RulebookChoice> choice = rulebook.choiceIfAny(evaluation, documents);
    Optional<ScoreCard> card = choice.map(c -> rulebook.scorer().score(evaluation, c.rulebook()));
    RolledProject project = new RolledProject(evaluation, card);
    projects.add(project);
    if (!json) {
      return new Done(Optional.empty(), Optional.empty());
    }
    ObjectNode o = JsonReport.object().put("file", file.toString()).put("role", "project");
    evaluation.getTitle().ifPresent(t -> o.put("title", t));
    project.score().ifPresent(s -> o.put("score", s));
    project.grade().ifPresent(g -> o.put("grade", g.name()));
    o.put("scoredByRules", project.scoredByRules());
    choice.ifPresent(c -> o.put("rulebook", c.rulebook().getId()));
    return new Done(Optional.of(o), Optional.empty());
  }

  @Override
  Optional<ObjectNode> afterFiles() {
    if (departments.size() > 1) {
      err().println(lang.say("cli.rollup.two-departments",
          Argument.text("files", String.join(", ", departments))));
      exitFloor = Jixiao.BAD_INPUT;
      return Optional.empty();
    }
    DepartmentRollup rollup;
    try {
      rollup = Rollups.of(projects, department);
    } catch (RollupException e) {
      err().println(lang.say(e.reason()));
      exitFloor = Jixiao.BAD_INPUT;
      return Optional.empty();
    }
    if (rollup.findings().stream().anyMatch(f -> policy().fails(f.severity()))) {
      exitFloor = Jixiao.ERROR_FINDINGS;
    }
    if (json) {
      return Optional.of(new RollupJson(lang).of(rollup));
    }
    new RollupText(out(), lang).print(rollup);
    return Optional.empty();
  }
}
