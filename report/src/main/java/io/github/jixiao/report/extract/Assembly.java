package io.github.jixiao.report.extract;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.ReportSource;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.report.ExtractionOptions;
import io.github.jixiao.report.ReportText;
import java.util.Optional;

/**
 * The draft made from what the readings found (提取稿的组装): the self-evaluation when the report
 * gives its year and its budget (全年预算数 and 执行数) — what the report does not say about the
 * unit taken from the options, else defaulted and noted, as the 自评表 importer does (地区“未载明”,
 * 区县级, 行政单位, the unit's name as its code) — and the extraction: the report, every item
 * (with its path when there is an evaluation), what was not found, and the notes.
 */
final class Assembly {

  static final String UNSTATED = "未载明";

  private Assembly() {}

  static DraftEvaluation make(Draft draft, ReportText text, ExtractionOptions options) {
    text.notes().forEach(draft::note);
    if (!text.tables().isEmpty()) {
      draft.note(Message.of("report.extract.note.tables",
          Argument.number("count", text.tables().size())));
    }
    Optional<SelfEvaluation> evaluation = evaluation(draft, options);
    Extraction extraction = Extraction.builder().report(source(text))
        .items(draft.items(evaluation.isPresent()))
        .notFound(draft.notFound(evaluation.map(SelfEvaluation::getKind)
            .or(() -> draft.kind.map(Draft.Single::value))))
        .notes(draft.notes()).build();
    return DraftEvaluation.builder().evaluation(evaluation).extraction(extraction).build();
  }

  private static ReportSource source(ReportText text) {
    return ReportSource.builder().file(text.file()).format(text.format())
        .encoding(text.encoding()).paragraphs(text.paragraphs().size()).pages(text.pages())
        .build();
  }

  private static Optional<SelfEvaluation> evaluation(Draft draft, ExtractionOptions options) {
    if (options.fiscalYear().isPresent() && draft.fiscalYear.isPresent()
        && !draft.fiscalYear.get().value().equals(options.fiscalYear().get())) {
      draft.note(Message.of("report.extract.note.option-wins", Items.named("fiscalYear"),
          Argument.number("stated", draft.fiscalYear.get().value()),
          Argument.number("option", options.fiscalYear().get())));
      unplace(draft, draft.fiscalYear.get());
      draft.fiscalYear = Optional.empty();
    }
    if (options.kind().isPresent() && draft.kind.isPresent()
        && draft.kind.get().value() != options.kind().get()) {
      draft.note(Message.of("report.extract.note.option-wins", Items.named("kind"),
          Argument.message("stated", Message.label(draft.kind.get().value())),
          Argument.message("option", Message.label(options.kind().get()))));
      unplace(draft, draft.kind.get());
      draft.kind = Optional.empty();
    }
    Optional<Integer> year = options.fiscalYear().or(() -> draft.fiscalYear.map(s -> s.value()));
    if (year.isEmpty()) {
      draft.note(Message.of("report.extract.note.no-year"));
    }
    if (draft.budget.isEmpty()) {
      draft.note(Message.of("report.extract.note.no-budget"));
    }
    if (year.isEmpty() || draft.budget.isEmpty()) {
      return Optional.empty();
    }
    EvaluationKind kind = options.kind().or(() -> draft.kind.map(s -> s.value()))
        .orElseGet(() -> {
          draft.note(Message.of("report.extract.note.kind-default"));
          return EvaluationKind.DEPARTMENT_WIDE;
        });
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(kind).fiscalYear(year.get())
        .department(department(draft, options)).budget(draft.budget.get().value())
        .statedFigures(Draft.inOrder(draft.figures))
        .narrativeClaims(Draft.inOrder(draft.claims))
        .problems(Draft.inOrder(draft.problems)).improvements(Draft.inOrder(draft.improvements));
    draft.projectName.or(() -> draft.title).ifPresent(t -> e.title(t.value()));
    draft.claimedTotal.ifPresent(t -> e.claimedTotal(t.value()));
    draft.claimedGrade.ifPresent(g -> e.claimedGrade(g.value()));
    try {
      return Optional.of(e.build());
    } catch (InvalidValueException invalid) {
      draft.note(Message.of("report.extract.note.invalid", Items.named("evaluation"),
          Argument.message("problem", invalid.said())));
      return Optional.empty();
    }
  }

  private static Department department(Draft draft, ExtractionOptions options) {
    String name = draft.departmentName.map(s -> s.value()).orElseGet(() -> {
      draft.note(Message.of("report.extract.note.name-default"));
      return UNSTATED;
    });
    String code = options.departmentCode().orElseGet(() -> {
      draft.note(Message.of("report.extract.note.code-default"));
      return name;
    });
    String region = options.region().orElseGet(() -> {
      draft.note(Message.of("report.extract.note.region-default"));
      return UNSTATED;
    });
    GovernmentLevel level = options.level().orElseGet(() -> {
      draft.note(Message.of("report.extract.note.level-default"));
      return GovernmentLevel.COUNTY;
    });
    DepartmentKind departmentKind = options.departmentKind().orElseGet(() -> {
      draft.note(Message.of("report.extract.note.department-kind-default"));
      return DepartmentKind.ADMINISTRATIVE;
    });
    Department.Builder d = Department.builder().code(code).name(name).region(region)
        .level(level).kind(departmentKind).duties(Draft.inOrder(draft.duties))
        .units(Draft.inOrder(draft.units));
    draft.staffing.ifPresent(s -> d.staffing(s.value()));
    return d.build();
  }

  /** The items of {@code value} kept without a place: an option took it. */
  private static void unplace(Draft draft, Draft.Single<?> value) {
    value.sources().forEach(p -> draft.unplaced(p.source()));
  }
}
