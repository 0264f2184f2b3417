package io.github.jixiao.report.extract;

import io.github.jixiao.core.EvaluationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's cover read (封面与标题): its title — the unit, the year and what is evaluated
 * (部门整体支出; a project's name) in "广州市白云区…办公室 2021 年部门整体支出 绩效自评报告" — and the
 * cover's fields (项目名称, 预算部门（公章）, 评价年度), which win over the title's words.
 */
final class CoverReading {

  private CoverReading() {}

  static void read(Draft draft, List<Match> matches, ExtractionRules rules) {
    Optional<Match> title = Picks.pick(draft, Picks.of(matches, "title"), "title",
        m -> Optional.of(m.written().strip()));
    if (title.isPresent()) {
      Match t = title.get();
      draft.found("title");
      draft.title = Optional.of(Draft.single(t.written().strip(), Source.of(t, "title"),
          "$.title"));
      t.group("year").ifPresent(year -> draft.fiscalYear = Optional.of(Draft.single(
          Integer.parseInt(year), Source.ofGroup(t, "year", "fiscalYear"), "$.fiscalYear")));
      Optional<String> what = t.group("what").filter(w -> !w.isBlank());
      Optional<EvaluationKind> kind = what.flatMap(rules::evaluationKind);
      if (kind.isPresent()) {
        draft.kind = Optional.of(Draft.single(kind.get(), Source.ofGroup(t, "what", "kind"),
            "$.kind"));
      }
      t.group("department").filter(d -> !d.isBlank()).ifPresent(d -> draft.departmentName =
          Optional.of(Draft.single(written(t, "department"),
              Source.ofGroup(t, "department", "department.name"), "$.department.name")));
      if (kind.filter(k -> k == EvaluationKind.PROJECT).isPresent()) {
        String project = written(t, "what").replaceAll("支出$", "").strip();
        draft.projectName = Optional.of(Draft.single(project,
            Source.ofGroup(t, "what", "project.name"), "$.title"));
      }
    }
    field(draft, matches, "department.name").ifPresent(m -> draft.departmentName =
        Optional.of(Draft.single(written(m, "value"), Source.ofGroup(m, "value",
            "department.name"), "$.department.name")));
    field(draft, matches, "project.name").ifPresent(m -> draft.projectName =
        Optional.of(Draft.single(written(m, "value"), Source.ofGroup(m, "value",
            "project.name"), "$.title")));
    field(draft, matches, "fiscalYear").ifPresent(m -> draft.fiscalYear = Optional.of(
        Draft.single(Integer.parseInt(m.group("value").orElseThrow()),
            Source.ofGroup(m, "value", "fiscalYear"), "$.fiscalYear")));
    if (draft.departmentName.isPresent()) {
      draft.found("department.name");
    }
    if (draft.projectName.isPresent()) {
      draft.found("project.name");
      // a project's evaluation is called by the project (as the 自评表's 项目名称 calls it)
      draft.title = draft.title.map(t -> new Draft.Single<>(t.value(), unplacedTitle(draft, t)));
    }
    if (draft.fiscalYear.isPresent()) {
      draft.found("fiscalYear");
    }
  }

  private static List<Draft.Placed> unplacedTitle(Draft draft, Draft.Single<String> title) {
    List<Draft.Placed> kept = new ArrayList<>();
    for (Draft.Placed p : title.sources()) {
      if (p.path().equals("$.title")) {
        draft.unplaced(p.source());
      } else {
        kept.add(p);
      }
    }
    return kept;
  }

  private static Optional<Match> field(Draft draft, List<Match> matches, String item) {
    return Picks.pick(draft, Picks.of(matches, item), item,
        m -> m.group("value").map(String::strip));
  }

  /** Group {@code group} of {@code match} as the report writes it. */
  static String written(Match match, String group) {
    Match.Group g = match.groups().get(group);
    return match.sentence().paragraph().text().substring(g.start(), g.end()).strip();
  }
}
