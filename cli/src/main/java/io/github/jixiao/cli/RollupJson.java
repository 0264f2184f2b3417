package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.Grade;
import io.github.jixiao.rules.rollup.DepartmentRollup;
import io.github.jixiao.rules.rollup.IndicatorTotal;
import io.github.jixiao.rules.rollup.RolledProject;
import io.github.jixiao.rules.rollup.RollupFinding;

/**
 * The roll-up (项目汇总) for machines, the last entry of {@code rollup --json}'s array: {@code
 * {"rollup": {…}}} with every amount, rate and share as an exact decimal string.
 */
final class RollupJson {

  private final Lang lang;

  RollupJson(Lang lang) {
    this.lang = lang;
  }

  ObjectNode of(DepartmentRollup r) {
    ObjectNode root = JsonReport.object();
    ObjectNode o = root.putObject("rollup");
    o.put("department", r.departmentCode()).put("departmentName", r.departmentName())
        .put("fiscalYear", r.fiscalYear()).put("projects", r.projects().size())
        .put("budget", r.budget().toPlainString()).put("executed", r.executed().toPlainString());
    r.executionRate().ifPresent(v -> o.put("executionRate", v.toPlainString()));
    ObjectNode grades = o.putObject("grades");
    for (Grade g : Grade.values()) {
      grades.putObject(g.name()).put("count", r.perGrade().get(g))
          .put("share", r.gradeShares().get(g).toPlainString());
    }
    o.put("ungraded", r.ungraded());
    ArrayNode low = o.putArray("belowSixty");
    r.belowSixty().forEach(p -> low.add(project(p)));
    ArrayNode slow = o.putArray("belowNinetyExecution");
    r.belowNinetyExecution().forEach(p -> slow.add(project(p)));
    ArrayNode indicators = o.putArray("indicators");
    for (IndicatorTotal t : r.indicators()) {
      ObjectNode n = indicators.addObject().put("name", t.name())
          .put("direction", t.direction().name()).put("rate", t.rate())
          .put("projects", t.projects());
      t.unit().ifPresent(u -> n.put("unit", u));
      t.target().ifPresent(v -> n.put("target", v.toPlainString()));
      t.actual().ifPresent(v -> n.put("actual", v.toPlainString()));
      t.completion().ifPresent(v -> n.put("completion", v.toPlainString()));
    }
    ArrayNode findings = o.putArray("findings");
    for (RollupFinding f : r.findings()) {
      findings.addObject().put("code", f.code()).put("severity", f.severity().name())
          .put("path", f.path()).put("message", lang.say(f.message()));
    }
    return root;
  }

  private static ObjectNode project(RolledProject p) {
    ObjectNode n = JsonReport.object();
    p.evaluation().getTitle().ifPresent(t -> n.put("title", t));
    p.score().ifPresent(s -> n.put("score", s.toPlainString()));
    p.executionRate().ifPresent(v -> n.put("executionRate", v.toPlainString()));
    n.put("scoredByRules", p.scoredByRules());
    return n;
  }
}
