package io.github.jixiao.rules.check;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluations for the checks' tests, drawn from the seed report (Baiyun district people's congress
 * standing committee office, 2021): budget 3306.19 万元, executed 3212.37 (97.16 %), 184 problems
 * raised by the public of which 169 solved (92 %), a claimed score of 94. {@link #consistent()} is a
 * draft that no error check fires on; a test changes one thing and builds it.
 */
final class Fixture {

  /** A self-evaluation in the making: every part can be changed before {@link #build()}. */
  static final class Draft {
    Budget budget = seedBudget();
    List<Duty> duties = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    List<IndicatorEntry> entries = new ArrayList<>();
    List<Deduction> deductions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<StatedFigure> figures = new ArrayList<>();
    List<NarrativeClaim> claims = new ArrayList<>();
    BigDecimal claimedTotal;
    Grade claimedGrade;
    String rulebook;

    SelfEvaluation build() {
      Department.Builder department = Department.builder().code("baiyun-rd-sc-office")
          .name("广州市白云区人民代表大会常务委员会办公室").level(GovernmentLevel.COUNTY)
          .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE).addAllDuties(duties);
      SelfEvaluation.Builder evaluation = SelfEvaluation.builder()
          .kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
          .title("2021年部门整体支出绩效自评报告").department(department.build()).budget(budget)
          .addAllTasks(tasks).addAllProjects(projects).addAllIndicators(indicators)
          .addAllEntries(entries).addAllDeductions(deductions).addAllProblems(problems)
          .addAllStatedFigures(figures).addAllNarrativeClaims(claims);
      if (claimedTotal != null) {
        evaluation.claimedTotal(claimedTotal);
      }
      if (claimedGrade != null) {
        evaluation.claimedGrade(claimedGrade);
      }
      if (rulebook != null) {
        evaluation.rulebook(rulebook);
      }
      return evaluation.build();
    }

    /** Replaces the entry for {@code code}. */
    Draft entry(IndicatorEntry entry) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).getIndicatorCode().equals(entry.getIndicatorCode())) {
          entries.set(i, entry);
          return this;
        }
      }
      entries.add(entry);
      return this;
    }
  }

  private Fixture() {}

  /** The findings of {@code code} the standard checks give of {@code evaluation}. */
  static List<Finding> findings(SelfEvaluation evaluation, String code) {
    return Checks.standard().run(evaluation).getFindings().stream()
        .filter(f -> f.getCode().equals(code)).toList();
  }

  /** The findings of {@code code} the standard checks give of {@code evaluation} under a rulebook. */
  static List<Finding> findings(SelfEvaluation evaluation, Rulebook rulebook, String code) {
    return Checks.standard().run(evaluation, rulebook).getFindings().stream()
        .filter(f -> f.getCode().equals(code)).toList();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static Budget seedBudget() {
    return budget("3306.19", "3212.37");
  }

  static Budget budget(String fullYear, String executed) {
    return Budget.builder().fullYear(d(fullYear)).executed(d(executed)).build();
  }

  /**
   * A consistent evaluation on the seed's budget: a three-level table of weight 100 whose claimed
   * scores add up to the claimed total 91.72 (优), every target met and every lost point explained
   * (偏差原因), the seed's two stated rates right, every duty served by a task, one problem on
   * 预算执行 whose indicators lost points.
   */
  static Draft consistent() {
    Draft draft = new Draft();
    draft.duties.add(duty("office-1", "负责区人大会议、区人大常委会会议等有关重要会议的会务组织"));
    draft.duties.add(duty("office-3", "负责起草和组织有关部门起草常委会的重要文件"));
    draft.duties.add(duty("sc-3", "召集本级人民代表大会会议"));
    draft.tasks.add(Task.builder().code("sessions").title("胜利召开区十七届人大一次会议").key(true)
        .addDutyCode("sc-3").addDutyCode("office-1").plannedCount(2).completedCount(2).build());
    draft.tasks.add(Task.builder().code("documents").title("起草常委会重要文件")
        .addDutyCode("office-3").build());
    draft.indicators.add(group("1", "投入和过程", 1, null, "20"));
    draft.indicators.add(group("1.1", "预算执行", 2, "1", "20"));
    draft.indicators.add(quantitative("1.1.1", "预算完成率", "1.1", "10", Direction.AT_LEAST, "95",
        "execution-rate"));
    draft.indicators.add(quantitative("1.1.2", "预算调整率", "1.1", "10", Direction.AT_MOST, "10",
        null));
    draft.indicators.add(group("2", "产出", 1, null, "50"));
    draft.indicators.add(group("2.1", "职责履行", 2, "2", "50"));
    draft.indicators.add(quantitative("2.1.1", "常委会会议次数", "2.1", "25", Direction.AT_LEAST,
        "6", null));
    draft.indicators.add(quantitative("2.1.2", "群众反映问题解决率", "2.1", "25",
        Direction.AT_LEAST, "90", null));
    draft.indicators.add(group("3", "效果", 1, null, "30"));
    draft.indicators.add(group("3.1", "履职效益", 2, "3", "30"));
    draft.indicators.add(Indicator.builder().code("3.1.1").name("社会效益").level(3)
        .parentCode("3.1").weight(d("30")).kind(IndicatorKind.QUALITATIVE)
        .targetText("促进社会和谐").build());
    draft.entries.add(entry("1.1.1", "97.16", "9.72"));
    draft.entries.add(explained(entry("1.1.2", "5", "8"), "年中追加预算两次"));
    draft.entries.add(entry("2.1.1", "6", "25"));
    draft.entries.add(explained(entry("2.1.2", "92", "22"), "部分问题涉及跨部门协调，尚在办理"));
    draft.entries.add(IndicatorEntry.builder().indicatorCode("3.1.1")
        .level(QualitativeLevel.ACHIEVED).claimedScore(d("27"))
        .deviationReason("社会效益尚待长期显现").build());
    draft.claimedTotal = d("91.72");
    draft.claimedGrade = Grade.EXCELLENT;
    draft.figures.add(executionRate("97.16"));
    draft.figures.add(solvedRate("92"));
    draft.problems.add(Problem.builder().text("项目资金支出进度分配不均").addArea("预算执行")
        .build());
    draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.OTHER)
        .quote("全年各项工作任务总体绩效目标完成情况较好").build());
    return draft;
  }

  /**
   * The seed as the report states it: budget and execution, its two stated rates, its claimed
   * 94, the claim "均达到了年初设定的各项绩效目标" and its problems; no indicator table (the 附件 is
   * not included).
   */
  static Draft seed() {
    Draft draft = new Draft();
    draft.duties.add(duty("office-1", "负责区人大会议、区人大常委会会议等有关重要会议的会务组织"));
    draft.tasks.add(Task.builder().code("sessions").title("胜利召开区十七届人大一次会议").key(true)
        .addDutyCode("office-1").build());
    draft.figures.add(executionRate("97.16"));
    draft.figures.add(solvedRate("92"));
    draft.claimedTotal = d("94");
    draft.claims.add(allTargetsMet());
    draft.problems.add(Problem.builder()
        .text("预算编制工作有待细化、预算的合理性和执行力度还需加强、项目资金支出进度分配不均")
        .addArea("预算编制").addArea("预算执行").build());
    return draft;
  }

  static NarrativeClaim allTargetsMet() {
    return NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
        .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build();
  }

  static StatedFigure executionRate(String stated) {
    return StatedFigure.builder().code("execution-rate").name("预算完成率").kind(FigureKind.RATE)
        .statedValue(d(stated)).unit("%").numerator(d("3212.37")).denominator(d("3306.19"))
        .formula("execution-rate").quote("我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。")
        .build();
  }

  static StatedFigure solvedRate(String stated) {
    return StatedFigure.builder().code("problems-solved").name("群众反映问题解决率")
        .kind(FigureKind.RATE).statedValue(d(stated)).unit("%").numerator(d("169"))
        .denominator(d("184")).quote("群众反映问题有184条，已解决169条，解决率92%").build();
  }

  static Duty duty(String code, String text) {
    return Duty.builder().code(code).text(text).build();
  }

  static Indicator group(String code, String name, int level, String parent, String weight) {
    Indicator.Builder b = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(IndicatorKind.QUALITATIVE);
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  static Indicator quantitative(String code, String name, String parent, String weight,
      Direction direction, String target, String formula) {
    Indicator.Builder b = Indicator.builder().code(code).name(name).level(3).parentCode(parent)
        .weight(d(weight)).kind(IndicatorKind.QUANTITATIVE).direction(direction)
        .target(d(target));
    if (formula != null) {
      b.formula(formula);
    }
    return b.build();
  }

  /** {@code entry} with a deviation reason (偏差原因): the points it lost are explained. */
  static IndicatorEntry explained(IndicatorEntry entry, String reason) {
    return entry.withDeviationReason(reason);
  }

  static IndicatorEntry entry(String code, String actual, String claimed) {
    return IndicatorEntry.builder().indicatorCode(code).actual(d(actual)).claimedScore(d(claimed))
        .build();
  }
}
