package io.github.jixiao.cli;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rollup.DepartmentRollup;
import io.github.jixiao.rules.rollup.IndicatorTotal;
import io.github.jixiao.rules.rollup.RolledProject;
import io.github.jixiao.rules.rollup.RollupFinding;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The roll-up of a unit's projects (项目汇总) as text: the money and its execution, the grades with
 * their shares, the projects below 60 and below 90 % execution, the shared indicators summed, and
 * the department-wide evaluation against the projects. Every number as the roll-up holds it.
 */
final class RollupText {

  private final PrintWriter out;
  private final Lang lang;

  RollupText(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  void print(DepartmentRollup r) {
    out.println(lang.say("cli.rollup.title", Argument.text("department", r.departmentName()),
        Argument.number("year", r.fiscalYear()), Argument.number("count", r.projects().size())));
    out.println(lang.say("cli.rollup.money", Argument.number("budget", r.budget()),
        Argument.number("executed", r.executed()), Argument.text("rate", percent(r.executionRate()))));
    out.println(lang.say("cli.rollup.grades"));
    for (Grade g : Grade.values()) {
      out.println("  " + lang.say("cli.rollup.grade", Argument.text("grade", lang.label(g)),
          Argument.number("count", r.perGrade().get(g)),
          Argument.number("share", r.gradeShares().get(g))));
    }
    if (r.ungraded() > 0) {
      out.println("  " + lang.say("cli.rollup.ungraded", Argument.number("count", r.ungraded())));
    }
    out.println(lang.say("cli.rollup.below-sixty", Argument.number("count", r.belowSixty().size())));
    for (RolledProject p : r.belowSixty()) {
      out.println("  " + lang.say("cli.rollup.project-score", Argument.text("title", title(p)),
          Argument.number("score", p.score().orElseThrow()), Argument.message("source",
              Message.of(p.scoredByRules() ? "cli.rollup.by-rules" : "cli.rollup.by-claims"))));
    }
    out.println(lang.say("cli.rollup.below-ninety",
        Argument.number("count", r.belowNinetyExecution().size())));
    for (RolledProject p : r.belowNinetyExecution()) {
      out.println("  " + lang.say("cli.rollup.project-rate", Argument.text("title", title(p)),
          Argument.text("rate", percent(p.executionRate()))));
    }
    if (!r.indicators().isEmpty()) {
      out.println(lang.say("cli.rollup.indicators"));
      for (IndicatorTotal t : r.indicators()) {
        out.println("  " + lang.say(t.rate() ? "cli.rollup.indicator.rate"
            : "cli.rollup.indicator.count", Argument.text("name", t.name()),
            Argument.text("unit", t.unit().orElse("—")),
            Argument.text("direction", t.direction().symbol()),
            Argument.number("projects", t.projects()), Argument.text("actual", plain(t.actual())),
            Argument.text("target", plain(t.target())),
            Argument.text("completion", percent(t.completion()))));
      }
    }
    if (!r.findings().isEmpty()) {
      out.println(lang.say("cli.rollup.findings"));
      for (RollupFinding f : r.findings()) {
        out.println("  " + lang.label(f.severity()) + " " + f.code() + "  " + f.path() + "  "
            + lang.say(f.message()));
      }
    }
  }

  private static String title(RolledProject p) {
    return Text.clip(p.evaluation().getTitle().orElse(p.evaluation().getDepartment().getName()),
        80);
  }

  private String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElseGet(() -> lang.say("cli.rollup.na"));
  }

  private String percent(Optional<BigDecimal> value) {
    return value.map(v -> v.toPlainString() + "%").orElseGet(() -> lang.say("cli.rollup.na"));
  }
}
