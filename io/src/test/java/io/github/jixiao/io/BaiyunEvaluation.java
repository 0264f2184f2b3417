package io.github.jixiao.io;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
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
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;

/**
 * The seed report (shared/seeds/000_c46ec62863e80d2b.txt) as a self-evaluation, from its own words
 * and figures: the Office of the Standing Committee of the Baiyun District People's Congress,
 * Guangzhou, 2021 — budget 3306.19 万元, executed 3212.37 万元, stated 97.16 %, claimed 94.
 */
final class BaiyunEvaluation {

  private BaiyunEvaluation() {}

  static final String NAME = "广州市白云区人民代表大会常务委员会办公室";

  private static final List<String> OFFICE_DUTIES = List.of(
      "负责区人大会议、区人大常委会会议、常委会主任会议、常委会党组会议等有关重要会议的会务组织"
          + "及区人大常委会领导参加重要活动的组织安排",
      "负责区人大常委会有关决定事项及常委会领导交办事项的组织实施和督促检查",
      "负责起草和组织有关部门起草常委会的重要文件",
      "负责区人大常委会机关党建、纪检、文秘、人事、离退休干部、信访、保卫、接待、财务、工会及机关后勤工作",
      "协调常委会各工作委员会的工作关系");

  private static final List<String> STANDING_COMMITTEE_DUTIES = List.of(
      "在本行政区域内，保证宪法、法律、行政法规和上级人民代表大会及其常务委员会决议的遵守和执行",
      "领导或者主持本级人民代表大会代表的选举",
      "召集本级人民代表大会会议",
      "讨论、决定本行政区域内的政治、经济、教育、科学、文化、卫生、生态环境保护、自然资源、城乡建设、"
          + "民政、社会保障、民族等工作的重大事项和项目",
      "根据本级人民政府的建议，审查和批准本行政区域内的国民经济和社会发展规划纲要、计划和本级预算的调整方案",
      "监督本行政区域内的国民经济和社会发展规划纲要、计划和预算的执行，审查和批准本级决算，"
          + "监督审计查出问题整改情况，审查监督政府债务");

  /** The evaluation as the report states it. */
  static SelfEvaluation evaluation() {
    return seed(department().build(), Budget.builder().unit(MoneyUnit.WAN_YUAN)
        .fullYear(new BigDecimal("3306.19")).executed(new BigDecimal("3212.37")).build()).build();
  }

  /** The evaluation as the report states it, of {@code department}. */
  static SelfEvaluation evaluation(Department department) {
    return seed(department, Budget.builder().unit(MoneyUnit.WAN_YUAN)
        .fullYear(new BigDecimal("3306.19")).executed(new BigDecimal("3212.37")).build()).build();
  }

  /** What the report states, for {@code department} and {@code budget}. */
  private static SelfEvaluation.Builder seed(Department department, Budget budget) {
    return SelfEvaluation.builder()
        .kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021)
        .title("广州市白云区人民代表大会常委委员会办公室 2021 年部门整体支出绩效自评报告")
        .department(department)
        .budget(budget)
        .addTask(Task.builder().code("party-meetings").heading("坚持党的领导")
            .title("全年召开党组（扩大）会议、中心组理论学习会议").addDutyCode("office-1")
            .completedCount(49).build())
        .addTask(Task.builder().code("election").heading("坚持党的领导").title("圆满完成换届选举工作")
            .addDutyCode("sc-2").key(true).assumption("报告未写明所服务的职责：按职责文字对应").build())
        .addTask(Task.builder().code("proposals").heading("民有所呼，我有所应")
            .title("代表建议办理：代表共提出了建议100件均已答复完毕").addDutyCode("office-2")
            .plannedCount(100).completedCount(100).key(true).build())
        .claimedTotal(new BigDecimal("94"))
        .addStatedFigure(StatedFigure.builder().code("execution-rate").name("预算完成率")
            .kind(FigureKind.RATE).statedValue(new BigDecimal("97.16")).unit("%")
            .numerator(new BigDecimal("3212.37")).denominator(new BigDecimal("3306.19"))
            .formula("execution-rate")
            .quote("我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。").build())
        .addStatedFigure(StatedFigure.builder().code("issues-solved-rate").name("群众反映问题解决率")
            .kind(FigureKind.RATE).statedValue(new BigDecimal("92")).unit("%")
            .numerator(new BigDecimal("169")).denominator(new BigDecimal("184"))
            .quote("群众反映问题有184条，已解决169条，解决率92%。").build())
        .addNarrativeClaim(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
            .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build())
        .addProblem(Problem.builder().text("预算编制工作有待细化").addArea("预算编制").build())
        .addProblem(Problem.builder().text("预算的合理性和执行力度还需加强").addArea("预算执行").build())
        .addProblem(Problem.builder().text("项目资金支出进度分配不均").addArea("支付进度").build())
        .addImprovement(Improvement.builder().text("着力加强预算编制管理").addArea("预算编制").build())
        .addImprovement(Improvement.builder().text("着力加强资金使用管理").addArea("资金管理").build())
        .addImprovement(Improvement.builder().text("着力加强项目支出调度").addArea("支付进度").build());
  }

  static Department.Builder department() {
    return department(NAME);
  }

  /** The department, named {@code name}. */
  static Department.Builder department(String name) {
    Department.Builder department = Department.builder().code("baiyun-rd-sc-office").name(name)
        .level(GovernmentLevel.COUNTY).region("广东省广州市白云区")
        .kind(DepartmentKind.ADMINISTRATIVE);
    for (int i = 0; i < STANDING_COMMITTEE_DUTIES.size(); i++) {
      department.addDuty(Duty.builder().code("sc-" + (i + 1)).text(STANDING_COMMITTEE_DUTIES.get(i))
          .organ("广州市白云区人民代表大会常务委员会").build());
    }
    for (int i = 0; i < OFFICE_DUTIES.size(); i++) {
      department.addDuty(Duty.builder().code("office-" + (i + 1)).text(OFFICE_DUTIES.get(i))
          .organ(NAME).build());
    }
    for (String committee : List.of("监察和司法委员会", "财政经济委员会", "城乡建设环境与资源保护委员会",
        "社会建设委员会")) {
      department.addUnit(OrganisationalUnit.builder().code("special-" + committee).name(committee)
          .category("专门委员会").build());
    }
    department.addUnit(OrganisationalUnit.builder().code("office").name("办公室")
        .category("综合办事机构").build());
    for (String section : List.of("科书科", "综合科", "组织行政科", "联络科")) {
      department.addUnit(OrganisationalUnit.builder().code("office-" + section).name(section)
          .category("科").parentCode("office").build());
    }
    return department;
  }

  /**
   * The seed with everything a self-evaluation can hold filled in, for round trips: the report's
   * own figures, and where the report is silent (its 自评表 is not included) values marked as
   * assumed.
   */
  static SelfEvaluation everyField() {
    Department department = department()
        .staffing(Staffing.builder().authorisedPosts(60).staffInPost(57).build()).build();
    return seed(department, Budget.builder().unit(MoneyUnit.WAN_YUAN)
            .fullYear(new BigDecimal("3306.19")).initial(new BigDecimal("3100.00"))
            .executed(new BigDecimal("3212.37"))
            .basic(BudgetLine.of(new BigDecimal("2806.19"), new BigDecimal("2750.10")))
            .personnel(BudgetLine.of(new BigDecimal("2300.00"), new BigDecimal("2280.00")))
            .operating(BudgetLine.of(new BigDecimal("506.19"), new BigDecimal("470.10")))
            .project(BudgetLine.of(new BigDecimal("500.00"), new BigDecimal("462.27")))
            .threePublic(ThreePublicExpenses.builder()
                .overseasTrips(BudgetLine.of(BigDecimal.ZERO, BigDecimal.ZERO))
                .vehicles(BudgetLine.of(new BigDecimal("12.50"), new BigDecimal("11.80")))
                .hospitality(BudgetLine.of(new BigDecimal("3.00"), new BigDecimal("1.25")))
                .previousYearBudget(new BigDecimal("16.00")).build())
            .procurement(BudgetLine.of(new BigDecimal("120.00"), new BigDecimal("118.40")))
            .carryOver(CarryOver.builder().atStart(new BigDecimal("10.00"))
                .atEnd(new BigDecimal("93.82")).build())
            .adjustments(new BigDecimal("206.19"))
            .addPayment(Payment.builder().period("6月底").planned(new BigDecimal("1653.10"))
                .paid(new BigDecimal("1500.00")).build())
            .build())
        .rulebook("gz-2021-dept")
        .claimedGrade(Grade.EXCELLENT)
        .addProject(Project.builder().code("congress-sessions").name("区人大会议项目")
            .unit(MoneyUnit.WAN_YUAN).budget(new BigDecimal("180.00"))
            .executed(new BigDecimal("176.35")).outcome("会议按预期目标成功召开")
            .assumption("报告未给出项目金额：金额为示例").build())
        .addIndicator(Indicator.builder().code("2").name("管理效率").level(1)
            .weight(new BigDecimal("40")).kind(IndicatorKind.QUALITATIVE).build())
        .addIndicator(Indicator.builder().code("2.1").name("资金管理").level(2).parentCode("2")
            .weight(new BigDecimal("20")).kind(IndicatorKind.QUALITATIVE).build())
        .addIndicator(Indicator.builder().code("2.1.1").name("预算完成率").level(3).parentCode("2.1")
            .weight(new BigDecimal("10.00")).kind(IndicatorKind.QUANTITATIVE)
            .direction(Direction.AT_LEAST).target(new BigDecimal("100")).unit("%")
            .formula("execution-rate").assumption("自评表未附：指标按报告文字重建").build())
        .addIndicator(Indicator.builder().code("2.1.2").name("采购管理").level(3).parentCode("2.1")
            .weight(new BigDecimal("10")).kind(IndicatorKind.QUALITATIVE).targetText("严格遵守相关规定")
            .build())
        .addEntry(IndicatorEntry.builder().indicatorCode("2.1.1").actual(new BigDecimal("97.16"))
            .claimedScore(new BigDecimal("9.72")).deviationReason("预算完成率未能达到100%")
            .assumption("得分按比例法推算").build())
        .addEntry(IndicatorEntry.builder().indicatorCode("2.1.2").level(QualitativeLevel.ACHIEVED)
            .actualText("均能严格遵守相关规定").claimedScore(new BigDecimal("10")).build())
        .addDeduction(Deduction.builder().indicatorCode("2.1.1").points(new BigDecimal("0.28"))
            .reason("预算完成率未能达到100%").evidence("部门决算报表").build())
        .addStatedFigure(StatedFigure.builder().code("meetings").name("党组会议").kind(FigureKind.COUNT)
            .statedValue(new BigDecimal("49")).unit("次").precision(0)
            .assumption("计数，非比率").build())
        .addNarrativeClaim(NarrativeClaim.builder().kind(ClaimKind.ALL_TASKS_COMPLETED)
            .quote("全面完成各项目标任务").build())
        .addProblem(Problem.builder().text("会计基础工作规范化仍存在一定差距")
            .addIndicatorCode("2.1.1").build())
        .build();
  }
}
