package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.ByCode;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A performance self-evaluation (绩效自评): one budget unit's evaluation of its own spending in one
 * fiscal year — of the whole department (部门整体支出) or of one project (项目支出). The root
 * document: the department, the budget, the year's tasks and key projects, the indicator table
 * (自评表) with the unit's entries and deductions, the claimed total (自评得分) and grade (自评等级),
 * and what the narrative says: problems, improvement measures, stated figures and claims.
 *
 * <p>Building one guarantees it is well-formed: codes are unique, tasks serve duties the
 * department has, entries and deductions name indicators of the evaluation's own table (the
 * 自评表 lists every indicator it scores, also under a rulebook whose tree is complete), and an
 * indicator whose parent is in the table sits one level below it. Whether the evaluation is
 * consistent — weights that add up, totals, rates, claims — is for {@code jixiao-rules}: real
 * reports get those wrong, and Jixiao must read them to say so.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSelfEvaluation.class)
@JsonDeserialize(as = ImmutableSelfEvaluation.class)
public interface SelfEvaluation extends WithSelfEvaluation {

  /** Department-wide or project. */
  @NotNull
  EvaluationKind getKind();

  /** 年度: the fiscal year evaluated, e.g. 2021. */
  @Min(2000)
  @Max(2100)
  Integer getFiscalYear();

  /** The report's title, e.g. 2021年部门整体支出绩效自评报告. */
  Optional<@Text String> getTitle();

  /** The id of the rulebook the evaluation is to be scored under, e.g. {@code gz-2021-dept}. */
  Optional<@Text String> getRulebook();

  /** The budget unit. */
  @NotNull
  Department getDepartment();

  /** The year's budget and its execution. */
  @NotNull
  Budget getBudget();

  /**
   * 年度总体目标及完成情况: the year's overall target and its completion in the table's free text,
   * where the table states them.
   */
  Optional<OverallTarget> getOverallTarget();

  /** The year's tasks (年度工作任务); codes are unique, duty codes name the department's duties. */
  List<Task> getTasks();

  /** Key projects (重点项目); codes are unique. */
  List<Project> getProjects();

  /** The evaluation's own indicator table (自评表); codes are unique. */
  List<Indicator> getIndicators();

  /** The unit's entry per indicator of the table; at most one per indicator code. */
  List<IndicatorEntry> getEntries();

  /** Points taken off, each from an indicator of the table. */
  List<Deduction> getDeductions();

  /** 自评得分: the total the unit claims, e.g. 94. */
  Optional<@PointsValue BigDecimal> getClaimedTotal();

  /** 自评等级: the grade the unit claims. */
  Optional<Grade> getClaimedGrade();

  /** 存在的问题. */
  List<Problem> getProblems();

  /** 改进措施. */
  List<Improvement> getImprovements();

  /** Figures the narrative states; codes are unique. */
  List<StatedFigure> getStatedFigures();

  /** Conclusions the narrative draws. */
  List<NarrativeClaim> getNarrativeClaims();

  /**
   * The table the evaluation was imported from — file, sheet, layout, the cell of each value and
   * the importer's notes — when it was imported (jixiao-excel); absent on a document written by
   * hand.
   */
  Optional<TableSource> getSource();

  /**
   * 绩效目标申报表: the file of the target declaration this evaluation answers, relative to the
   * evaluation's own file, where it names one (the stages' links compare the two).
   */
  Optional<@Text String> getDeclaration();

  /** 绩效运行监控: the files of the year's monitoring reports, relative to this file, if named. */
  List<@Text String> getMonitoring();

  /** The entry for the indicator with this code, if any. */
  default Optional<IndicatorEntry> entry(String indicatorCode) {
    return getEntries().stream().filter(e -> e.getIndicatorCode().equals(indicatorCode))
        .findFirst();
  }

  /**
   * This evaluation with the entry for indicator {@code indicatorCode} changed, in one call:
   * {@code evaluation.withEntry("2.1.1", e -> e.withActual(new BigDecimal("98.5")))}. The result
   * is validated as a built evaluation is.
   *
   * @throws InvalidValueException if no entry has that code (the codes of the entries are named),
   *     or the changed evaluation is invalid
   */
  default SelfEvaluation withEntry(String indicatorCode, UnaryOperator<IndicatorEntry> change) {
    return withEntries(ByCode.changed(getEntries(), IndicatorEntry::getIndicatorCode,
        indicatorCode, change, "SelfEvaluation", "entries"));
  }

  /**
   * This evaluation with the indicator {@code code} of its own table changed, in one call:
   * {@code evaluation.withIndicator("2.1", i -> i.withWeight(new BigDecimal("12")))}. The result
   * is validated as a built evaluation is.
   *
   * @throws InvalidValueException if no indicator of the table has that code (the codes are
   *     named), or the changed evaluation is invalid
   */
  default SelfEvaluation withIndicator(String code, UnaryOperator<Indicator> change) {
    return withIndicators(ByCode.changed(getIndicators(), Indicator::getCode, code, change,
        "SelfEvaluation", "indicators"));
  }

  /** A new builder; {@code builder().from(evaluation)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SelfEvaluation}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableSelfEvaluation.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default SelfEvaluation normalised() {
    return ((ImmutableSelfEvaluation) ImmutableSelfEvaluation.copyOf(this))
        .withClaimedTotal(Numbers.normal(getClaimedTotal()));
  }

  /** Checks the constraints, unique codes, and that every reference names something that exists. */
  @Value.Check
  default void validate() {
    Validation.check(this, "SelfEvaluation", v -> {
      Map<String, Indicator> table = new HashMap<>();
      getIndicators().forEach(i -> table.putIfAbsent(i.getCode(), i));
      for (int i = 0; i < getIndicators().size(); i++) {
        Indicator indicator = getIndicators().get(i);
        Indicator parent = indicator.getParentCode().map(table::get).orElse(null);
        if (parent != null && parent.getLevel() != indicator.getLevel() - 1) {
          v.add("indicators[" + i + "].level", Message.of("core.evaluation.level",
              Argument.text("code", Echo.text(indicator.getCode())),
              Argument.number("level", indicator.getLevel()),
              Argument.text("parent", Echo.text(parent.getCode())),
              Argument.number("parentLevel", parent.getLevel())));
        }
      }
      namesAnIndicator(v, getEntries(), IndicatorEntry::getIndicatorCode, "entries", table);
      namesAnIndicator(v, getDeductions(), Deduction::getIndicatorCode, "deductions", table);
      for (int f = 0; f < getStatedFigures().size(); f++) {
        Optional<String> c = getStatedFigures().get(f).getIndicatorCode();
        v.require(c.isEmpty() || table.containsKey(c.get()), "statedFigures[" + f
            + "].indicatorCode", () -> Message.of("core.evaluation.no-indicator",
                Argument.text("code", Echo.text(c.get())), Argument.text("list", "$.indicators")));
      }
      v.unique(getTasks(), Task::getCode, "tasks", "code");
      v.unique(getProjects(), Project::getCode, "projects", "code");
      v.unique(getIndicators(), Indicator::getCode, "indicators", "code");
      v.unique(getEntries(), IndicatorEntry::getIndicatorCode, "entries", "indicatorCode");
      v.unique(getStatedFigures(), StatedFigure::getCode, "statedFigures", "code");
      Set<String> duties = new HashSet<>();
      getDepartment().getDuties().forEach(d -> duties.add(d.getCode()));
      for (int t = 0; t < getTasks().size(); t++) {
        List<String> codes = getTasks().get(t).getDutyCodes();
        for (int d = 0; d < codes.size(); d++) {
          String duty = codes.get(d);
          v.require(duties.contains(duty), "tasks[" + t + "].dutyCodes[" + d + "]",
              () -> Message.of("core.evaluation.no-duty", Argument.text("code", Echo.text(duty)),
                  Argument.text("list", "$.department.duties")));
        }
      }
    });
  }

  private static <T> void namesAnIndicator(Validation.Invariants v, List<T> items,
      Function<T, String> code, String listPath, Map<String, Indicator> table) {
    for (int i = 0; i < items.size(); i++) {
      String c = code.apply(items.get(i));
      v.require(table.containsKey(c), listPath + "[" + i + "].indicatorCode",
          () -> Message.of("core.evaluation.no-indicator", Argument.text("code", Echo.text(c)),
              Argument.text("list", "$.indicators")));
    }
  }
}
