package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import io.github.jixiao.core.value.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint and every cross-field invariant of the domain: a value that breaks it is
 * refused at its path, in English and in Chinese, and the same value put right builds. The table
 * is keyed {@code "Type.property @Constraint"} for a Bean Validation constraint (a composed one
 * such as {@code @MoneyAmount} counts once, with a case per way it can fail where that matters)
 * and {@code "Type: invariant"} for an invariant of a {@code validate()} method; the completeness
 * tests hold the keys against the validator's own metadata and against {@link #INVARIANTS}.
 */
class ConstraintsTest {

  /** Every {@code v.require}, {@code v.add} and {@code v.unique} of the values' validate(). */
  static final Set<String> INVARIANTS = union(union(union(union(union(
      TableValueCases.INVARIANTS, ReviewValueCases.INVARIANTS),
      DeclarationValueCases.INVARIANTS), MonitoringValueCases.INVARIANTS),
      DraftValueCases.INVARIANTS), Set.of(
      "Budget: basic.budget ≤ fullYear",
      "Budget: basic.executed ≤ executed",
      "Budget: personnel.budget ≤ fullYear",
      "Budget: personnel.executed ≤ executed",
      "Budget: operating.budget ≤ fullYear",
      "Budget: operating.executed ≤ executed",
      "Budget: personnel.budget ≤ basic.budget",
      "Budget: personnel.executed ≤ basic.executed",
      "Budget: operating.budget ≤ basic.budget",
      "Budget: operating.executed ≤ basic.executed",
      "Budget: project.budget ≤ fullYear",
      "Budget: project.executed ≤ executed",
      "Budget: basic.budget + project.budget = fullYear",
      "Budget: basic.executed + project.executed = executed",
      "Budget: personnel.budget + operating.budget = basic.budget",
      "Budget: personnel.executed + operating.executed = basic.executed",
      "Department: duty codes are unique",
      "Department: unit codes are unique",
      "Department: a parent code names a unit",
      "Department: units form a tree",
      "OrganisationalUnit: not its own parent",
      "Indicator: level 1 has no parent",
      "Indicator: levels 2 and 3 have a parent",
      "Indicator: a quantitative indicator has a direction",
      "StatedFigure: the stated value fits its precision",
      "StatedFigure: numerator and denominator come together",
      "SelfEvaluation: a child sits one level below its parent",
      "SelfEvaluation: an entry names an indicator of the table",
      "SelfEvaluation: a deduction names an indicator of the table",
      "SelfEvaluation: a stated figure names an indicator of the table",
      "SelfEvaluation: task codes are unique",
      "SelfEvaluation: project codes are unique",
      "SelfEvaluation: indicator codes are unique",
      "SelfEvaluation: one entry per indicator",
      "SelfEvaluation: stated figure codes are unique",
      "SelfEvaluation: a task serves duties of the department"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * One case: the constraint or invariant it covers, what it shows, a value that breaks it, the
   * same value put right, and where the violation is. A {@code required} case is a {@code @NotNull}
   * attribute: its bad value leaves the attribute out.
   */
  record Case(String key, String behaviour, Supplier<?> bad, Supplier<?> good, List<String> paths,
      boolean required) {

    /** The simple name of the domain type the key is about: {@code "Budget"}. */
    String type() {
      return key.split("[.:]", 2)[0];
    }

    @Override
    public String toString() {
      return key + " — " + behaviour;
    }
  }

  static List<Case> cases() {
    List<Case> all = new java.util.ArrayList<>(seedCases());
    all.addAll(TableValueCases.cases());
    all.addAll(ReviewValueCases.cases());
    all.addAll(DeclarationValueCases.cases());
    all.addAll(MonitoringValueCases.cases());
    all.addAll(DraftValueCases.cases());
    return all;
  }

  private static List<Case> seedCases() {
    return List.of(
        // Duty
        refused("Duty.code @NotBlank", "a duty has a code",
            () -> duty(" ", "召集本级人民代表大会会议").build(),
            () -> duty("sc-3", "召集本级人民代表大会会议").build(), "$.code"),
        refused("Duty.text @NotBlank", "a duty says what it is",
            () -> duty("sc-3", "").build(), () -> duty("sc-3", "召集本级人民代表大会会议").build(), "$.text"),
        refused("Duty.organ @Text", "a duty's organ is not blank when given",
            () -> duty("sc-3", "召集本级人民代表大会会议").organ("").build(),
            () -> duty("sc-3", "召集本级人民代表大会会议").organ("广州市白云区人民代表大会常务委员会").build(),
            "$.organ"),

        // OrganisationalUnit
        refused("OrganisationalUnit.code @NotBlank", "a unit has a code",
            () -> unit("", "综合科").build(), () -> unit("office-综合科", "综合科").build(), "$.code"),
        refused("OrganisationalUnit.name @NotBlank", "a unit has a name",
            () -> unit("office", " ").build(), () -> unit("office", "办公室").build(), "$.name"),
        refused("OrganisationalUnit.category @Text", "a unit's category is not blank when given",
            () -> unit("office", "办公室").category(" ").build(),
            () -> unit("office", "办公室").category("综合办事机构").build(), "$.category"),
        refused("OrganisationalUnit.parentCode @Text", "a unit's parent code is not blank",
            () -> unit("office-综合科", "综合科").parentCode("").build(),
            () -> unit("office-综合科", "综合科").parentCode("office").build(), "$.parentCode"),
        refused("OrganisationalUnit: not its own parent", "a unit cannot be its own parent",
            () -> unit("office", "办公室").parentCode("office").build(),
            () -> unit("office", "办公室").build(), "$.parentCode"),

        // Staffing
        refused("Staffing.authorisedPosts @PositiveOrZero", "authorised posts are not negative",
            () -> staffing(-30, 28), () -> staffing(30, 28), "$.authorisedPosts"),
        refused("Staffing.staffInPost @PositiveOrZero",
            "staff in post are not negative; more than the posts is a finding, not malformed",
            () -> staffing(30, -1), () -> staffing(30, 31), "$.staffInPost"),

        // Department
        refused("Department.code @NotBlank", "a department has its budget code",
            () -> department(" ", "广东省广州市白云区").build(),
            () -> department("baiyun-rd-sc-office", "广东省广州市白云区").build(), "$.code"),
        refused("Department.name @NotBlank", "a department has a name",
            () -> Department.builder().code("baiyun-rd-sc-office").name("")
                .level(GovernmentLevel.COUNTY).region("广东省广州市白云区")
                .kind(DepartmentKind.ADMINISTRATIVE).build(),
            () -> department("baiyun-rd-sc-office", "广东省广州市白云区").build(), "$.name"),
        refused("Department.region @NotBlank", "a department has a region",
            () -> department("baiyun-rd-sc-office", "").build(),
            () -> department("baiyun-rd-sc-office", "广东省广州市白云区").build(), "$.region"),
        required("Department.level @NotNull",
            () -> Department.builder().code("baiyun-rd-sc-office").name("白云区人大常委会办公室")
                .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE).build(),
            () -> Department.builder().code("baiyun-rd-sc-office").name("白云区人大常委会办公室")
                .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE)
                .level(GovernmentLevel.COUNTY).build()),
        required("Department.kind @NotNull",
            () -> Department.builder().code("baiyun-rd-sc-office").name("白云区人大常委会办公室")
                .region("广东省广州市白云区").level(GovernmentLevel.COUNTY).build(),
            () -> Department.builder().code("baiyun-rd-sc-office").name("白云区人大常委会办公室")
                .region("广东省广州市白云区").level(GovernmentLevel.COUNTY)
                .kind(DepartmentKind.ADMINISTRATIVE).build()),
        refused("Department: duty codes are unique", "two duties cannot share a code",
            () -> office().addDuties(officeDuty("office-1"), officeDuty("office-1")).build(),
            () -> office().addDuties(officeDuty("office-1"), officeDuty("office-2")).build(),
            "$.duties[1].code"),
        refused("Department: unit codes are unique", "two units cannot share a code",
            () -> office().addUnits(unit("office", "办公室").build(), unit("office", "综合科").build())
                .build(),
            () -> office().addUnits(unit("office", "办公室").build(),
                unit("office-综合科", "综合科").build()).build(), "$.units[1].code"),
        refused("Department: a parent code names a unit",
            "a section's parent must be a unit of the department",
            () -> office().addUnits(unit("office", "办公室").build(),
                unit("office-综合科", "综合科").parentCode("secretariat").build()).build(),
            () -> office().addUnits(unit("office", "办公室").build(),
                unit("office-综合科", "综合科").parentCode("office").build()).build(),
            "$.units[1].parentCode"),
        refused("Department: units form a tree", "two units cannot be each other's parent",
            () -> office().addUnits(unit("office", "办公室").parentCode("office-综合科").build(),
                unit("office-综合科", "综合科").parentCode("office").build()).build(),
            () -> office().addUnits(unit("office", "办公室").build(),
                unit("office-综合科", "综合科").parentCode("office").build()).build(),
            "$.units[0].parentCode", "$.units[1].parentCode"),

        // Task
        refused("Task.code @NotBlank", "a task has a code",
            () -> task(" ", "召开常委会会议").build(), () -> task("sessions", "召开常委会会议").build(),
            "$.code"),
        refused("Task.title @NotBlank", "a task says what it is",
            () -> task("sessions", "").build(), () -> task("sessions", "召开常委会会议").build(),
            "$.title"),
        refused("Task.heading @Text", "a task's heading is not blank when given",
            () -> task("sessions", "召开常委会会议").heading(" ").build(),
            () -> task("sessions", "召开常委会会议").heading("坚持党的领导").build(), "$.heading"),
        refused("Task.dutyCodes @NotBlank", "every duty code a task serves is not blank",
            () -> task("decisions", "依法决定重大事项").addDutyCodes("sc-4", "").build(),
            () -> task("decisions", "依法决定重大事项").addDutyCodes("sc-4", "sc-3").build(),
            "$.dutyCodes[1]"),
        refused("Task.plannedCount @PositiveOrZero", "a planned count is not negative",
            () -> task("sessions", "召开常委会会议").plannedCount(-6).build(),
            () -> task("sessions", "召开常委会会议").plannedCount(6).build(), "$.plannedCount"),
        refused("Task.completedCount @PositiveOrZero", "a completed count is not negative",
            () -> task("party-group", "召开党组会议").completedCount(-49).build(),
            () -> task("party-group", "召开党组会议").completedCount(49).build(), "$.completedCount"),
        refused("Task.assumption @Text", "a task's assumption is not blank when given",
            () -> task("sessions", "召开常委会会议").assumption("").build(),
            () -> task("sessions", "召开常委会会议").assumption("报告未写明该任务对应的职责，按会务职责归类")
                .build(), "$.assumption"),

        // BudgetLine
        required("BudgetLine.budget @NotNull",
            () -> BudgetLine.builder().executed(d("1222.37")).build(),
            () -> BudgetLine.builder().executed(d("1222.37")).budget(d("1306.19")).build()),
        required("BudgetLine.executed @NotNull",
            () -> BudgetLine.builder().budget(d("1306.19")).build(),
            () -> BudgetLine.builder().budget(d("1306.19")).executed(d("1222.37")).build()),
        refused("BudgetLine.budget @MoneyAmount", "a line's budget is not negative",
            () -> BudgetLine.of(d("-0.01"), d("0")), () -> BudgetLine.of(d("0.01"), d("0")),
            "$.budget"),
        refused("BudgetLine.executed @MoneyAmount", "a line's executed has at most six decimals",
            () -> BudgetLine.of(d("1306.19"), d("1222.3700001")),
            () -> BudgetLine.of(d("1306.19"), d("1222.370001")), "$.executed"),

        // ThreePublicExpenses
        required("ThreePublicExpenses.overseasTrips @NotNull",
            () -> ThreePublicExpenses.builder().vehicles(VEHICLES).hospitality(HOSPITALITY).build(),
            () -> ThreePublicExpenses.builder().vehicles(VEHICLES).hospitality(HOSPITALITY)
                .overseasTrips(NO_TRIPS).build()),
        required("ThreePublicExpenses.vehicles @NotNull",
            () -> ThreePublicExpenses.builder().overseasTrips(NO_TRIPS).hospitality(HOSPITALITY)
                .build(),
            () -> ThreePublicExpenses.builder().overseasTrips(NO_TRIPS).hospitality(HOSPITALITY)
                .vehicles(VEHICLES).build()),
        required("ThreePublicExpenses.hospitality @NotNull",
            () -> ThreePublicExpenses.builder().overseasTrips(NO_TRIPS).vehicles(VEHICLES).build(),
            () -> ThreePublicExpenses.builder().overseasTrips(NO_TRIPS).vehicles(VEHICLES)
                .hospitality(HOSPITALITY).build()),
        refused("ThreePublicExpenses.previousYearBudget @MoneyAmount",
            "last year's 三公 budget is not negative",
            () -> threePublic().previousYearBudget(d("-16")).build(),
            () -> threePublic().previousYearBudget(d("16")).build(), "$.previousYearBudget"),

        // CarryOver
        required("CarryOver.atStart @NotNull", () -> CarryOver.builder().atEnd(d("93.82")).build(),
            () -> CarryOver.builder().atEnd(d("93.82")).atStart(d("120.5")).build()),
        required("CarryOver.atEnd @NotNull", () -> CarryOver.builder().atStart(d("120.5")).build(),
            () -> CarryOver.builder().atStart(d("120.5")).atEnd(d("93.82")).build()),
        refused("CarryOver.atStart @MoneyAmount", "carry-over has at most six decimals",
            () -> carryOver("1.0000001", "0"), () -> carryOver("1.000001", "0"), "$.atStart"),
        refused("CarryOver.atEnd @MoneyAmount", "carry-over is not negative",
            () -> carryOver("120.5", "-93.82"), () -> carryOver("120.5", "93.82"), "$.atEnd"),

        // Payment
        refused("Payment.period @NotBlank", "a payment names its milestone",
            () -> payment(" ").planned(d("50")).paid(d("40")).build(),
            () -> payment("春节前").planned(d("50")).paid(d("40")).build(), "$.period"),
        required("Payment.planned @NotNull", () -> payment("春节前").paid(d("40")).build(),
            () -> payment("春节前").paid(d("40")).planned(d("50")).build()),
        required("Payment.paid @NotNull", () -> payment("春节前").planned(d("50")).build(),
            () -> payment("春节前").planned(d("50")).paid(d("40")).build()),
        refused("Payment.planned @MoneyAmount", "a planned payment is not negative",
            () -> payment("6月底前").paid(d("100")).planned(d("-100")).build(),
            () -> payment("6月底前").paid(d("100")).planned(d("100")).build(), "$.planned"),
        refused("Payment.paid @MoneyAmount", "a payment has at most 15 integer digits",
            () -> payment("6月底前").planned(d("100")).paid(d("1000000000000000")).build(),
            () -> payment("6月底前").planned(d("100")).paid(d("999999999999999")).build(), "$.paid"),

        // Budget
        required("Budget.fullYear @NotNull", () -> Budget.builder().executed(EXECUTED).build(),
            () -> Budget.builder().executed(EXECUTED).fullYear(FULL_YEAR).build()),
        required("Budget.executed @NotNull", () -> Budget.builder().fullYear(FULL_YEAR).build(),
            () -> Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED).build()),
        refused("Budget.fullYear @MoneyAmount", "the full-year budget is not negative",
            () -> budget("-3306.19", "0").build(), () -> budget("3306.19", "0").build(),
            "$.fullYear"),
        refused("Budget.fullYear @MoneyAmount", "the full-year budget has at most six decimals",
            () -> budget("3306.1900001", "3212.37").build(),
            () -> budget("3306.190001", "3212.37").build(), "$.fullYear"),
        refused("Budget.fullYear @MoneyAmount", "the budget has at most 15 integer digits",
            () -> budget("1000000000000000", "3212.37").build(),
            () -> budget("999999999999999", "3212.37").build(), "$.fullYear"),
        refused("Budget.executed @MoneyAmount", "the executed amount is not negative",
            () -> budget("3306.19", "-3212.37").build(), () -> budget("3306.19", "3212.37").build(),
            "$.executed"),
        refused("Budget.initial @MoneyAmount", "the initial budget is not negative",
            () -> seedBudget().initial(d("-3000")).build(),
            () -> seedBudget().initial(d("3000")).build(), "$.initial"),
        refused("Budget.adjustments @MeasureValue",
            "adjustments may be negative but have at most six decimals",
            () -> seedBudget().adjustments(d("-12.0000001")).build(),
            () -> seedBudget().adjustments(d("-12.000001")).build(), "$.adjustments"),
        refused("Budget.fundsInPlace @MoneyAmount", "the funds in place (资金到位数) are not negative",
            () -> seedBudget().fundsInPlace(d("-3250.00")).build(),
            () -> seedBudget().fundsInPlace(d("3250.00")).build(), "$.fundsInPlace"),
        refused("Budget: basic.budget ≤ fullYear", "basic spending's budget within the budget",
            () -> seedBudget().basic(line("3306.20", "1990")).build(),
            () -> seedBudget().basic(line("2000", "1990")).build(), "$.basic.budget"),
        refused("Budget: basic.executed ≤ executed", "basic spending within the executed amount",
            () -> seedBudget().basic(line("2000", "3212.38")).build(),
            () -> seedBudget().basic(line("2000", "1990")).build(), "$.basic.executed"),
        refused("Budget: personnel.budget ≤ fullYear", "personnel's budget within the budget",
            () -> seedBudget().personnel(line("3306.20", "1498")).build(),
            () -> seedBudget().personnel(line("1500", "1498")).build(), "$.personnel.budget"),
        refused("Budget: personnel.executed ≤ executed", "personnel within the executed amount",
            () -> seedBudget().personnel(line("1500", "3212.38")).build(),
            () -> seedBudget().personnel(line("1500", "1498")).build(), "$.personnel.executed"),
        refused("Budget: operating.budget ≤ fullYear", "operating's budget within the budget",
            () -> seedBudget().operating(line("3306.20", "492")).build(),
            () -> seedBudget().operating(line("500", "492")).build(), "$.operating.budget"),
        refused("Budget: operating.executed ≤ executed", "operating within the executed amount",
            () -> seedBudget().operating(line("500", "3212.38")).build(),
            () -> seedBudget().operating(line("500", "492")).build(), "$.operating.executed"),
        refused("Budget: personnel.budget ≤ basic.budget",
            "personnel's budget within basic spending's, when basic is given",
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("2000.01", "1498"))
                .build(),
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .build(), "$.personnel.budget"),
        refused("Budget: personnel.executed ≤ basic.executed",
            "personnel spending within basic spending, when basic is given",
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1990.01"))
                .build(),
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .build(), "$.personnel.executed"),
        refused("Budget: operating.budget ≤ basic.budget",
            "operating's budget within basic spending's, when basic is given",
            () -> seedBudget().basic(line("100", "90")).operating(line("2000", "80")).build(),
            () -> seedBudget().basic(line("100", "90")).operating(line("100", "80")).build(),
            "$.operating.budget"),
        refused("Budget: operating.executed ≤ basic.executed",
            "operating spending within basic spending, when basic is given",
            () -> seedBudget().basic(line("100", "90")).operating(line("100", "90.01")).build(),
            () -> seedBudget().basic(line("100", "90")).operating(line("100", "90")).build(),
            "$.operating.executed"),
        refused("Budget: project.budget ≤ fullYear", "project spending's budget within the budget",
            () -> seedBudget().project(line("3306.20", "1222.37")).build(),
            () -> seedBudget().project(line("1306.19", "1222.37")).build(), "$.project.budget"),
        refused("Budget: project.executed ≤ executed", "project spending within the executed",
            () -> seedBudget().project(line("1306.19", "3212.38")).build(),
            () -> seedBudget().project(line("1306.19", "1222.37")).build(), "$.project.executed"),
        refused("Budget: basic.budget + project.budget = fullYear",
            "basic and project budgets add up to the full-year budget to the fen",
            () -> seedBudget().basic(line("2000", "1990")).project(line("1306.18", "1222.37"))
                .build(),
            () -> seedBudget().basic(line("2000", "1990")).project(line("1306.19", "1222.37"))
                .build(), "$.fullYear"),
        refused("Budget: basic.executed + project.executed = executed",
            "basic and project spending add up to the executed amount to the fen",
            () -> seedBudget().basic(line("2000", "1990")).project(line("1306.19", "1222.36"))
                .build(),
            () -> seedBudget().basic(line("2000", "1990")).project(line("1306.19", "1222.37"))
                .build(), "$.executed"),
        refused("Budget: personnel.budget + operating.budget = basic.budget",
            "personnel and operating budgets add up to the basic budget",
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .operating(line("499", "492")).build(),
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .operating(line("500", "492")).build(), "$.basic.budget"),
        refused("Budget: personnel.executed + operating.executed = basic.executed",
            "personnel and operating spending add up to basic spending",
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .operating(line("500", "491")).build(),
            () -> seedBudget().basic(line("2000", "1990")).personnel(line("1500", "1498"))
                .operating(line("500", "492")).build(), "$.basic.executed"),

        // Project
        refused("Project.code @NotBlank", "a project has a code",
            () -> project("", "区人大会议项目").build(), () -> project("congress", "区人大会议项目").build(),
            "$.code"),
        refused("Project.name @NotBlank", "a project has a name",
            () -> project("congress", " ").build(), () -> project("congress", "区人大会议项目").build(),
            "$.name"),
        refused("Project.budget @MoneyAmount", "a project's budget has at most six decimals",
            () -> project("congress", "区人大会议项目").budget(d("120.0000001")).build(),
            () -> project("congress", "区人大会议项目").budget(d("120.000001")).build(), "$.budget"),
        refused("Project.executed @MoneyAmount", "a project's spending is not negative",
            () -> project("congress", "区人大会议项目").budget(d("120")).executed(d("-1")).build(),
            () -> project("congress", "区人大会议项目").budget(d("120")).executed(d("118.6")).build(),
            "$.executed"),
        refused("Project.outcome @Text", "a project's outcome is not blank when given",
            () -> project("congress", "区人大会议项目").outcome(" ").build(),
            () -> project("congress", "区人大会议项目").outcome("会议按预期目标成功召开").build(),
            "$.outcome"),
        refused("Project.assumption @Text", "a project's assumption is not blank when given",
            () -> project("congress", "区人大会议项目").assumption("").build(),
            () -> project("congress", "区人大会议项目").assumption("报告未列项目预算，按会议经费估列").build(),
            "$.assumption"),

        // Indicator
        refused("Indicator.code @NotBlank", "an indicator has a code",
            () -> indicator(" ", "预算完成率", 3, "2.1", "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.code"),
        refused("Indicator.name @NotBlank", "an indicator has a name",
            () -> indicator("2.1.1", "", 3, "2.1", "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.name"),
        refused("Indicator.level @Min", "an indicator's level is at least 1",
            () -> indicator("2.1.1", "预算完成率", 0, "2.1", "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.level"),
        refused("Indicator.level @Max", "an indicator's level is at most 3",
            () -> indicator("2.1.1", "预算完成率", 4, "2.1", "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.level"),
        refused("Indicator.parentCode @Text", "an indicator's parent code is not blank when given",
            () -> indicator("2.1.1", "预算完成率", 3, " ", "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.parentCode"),
        required("Indicator.weight @NotNull",
            () -> Indicator.builder().code("2").name("过程").level(1)
                .kind(IndicatorKind.QUALITATIVE).build(),
            () -> Indicator.builder().code("2").name("过程").level(1)
                .kind(IndicatorKind.QUALITATIVE).weight(d("30")).build()),
        refused("Indicator.weight @Positive", "an indicator weighs more than zero",
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "0").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "0.5").build(), "$.weight"),
        refused("Indicator.weight @PointsValue", "a weight has at most two decimals",
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "2.125").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "2.13").build(), "$.weight"),
        refused("Indicator.weight @PointsValue", "a weight has at most three integer digits",
            () -> indicator("2", "过程", 1, null, "1000").build(),
            () -> indicator("2", "过程", 1, null, "100").build(),
            "$.weight"),
        required("Indicator.kind @NotNull",
            () -> Indicator.builder().code("2").name("过程").level(1).weight(d("30")).build(),
            () -> Indicator.builder().code("2").name("过程").level(1).weight(d("30"))
                .kind(IndicatorKind.QUALITATIVE).build()),
        refused("Indicator.target @MeasureValue", "a target has at most six decimals",
            () -> executionRate().target(d("100.0000001")).build(),
            () -> executionRate().target(d("100")).build(), "$.target"),
        refused("Indicator.unit @Text", "an indicator's unit is not blank when given",
            () -> executionRate().unit(" ").build(), () -> executionRate().unit("%").build(),
            "$.unit"),
        refused("Indicator.targetText @Text", "a target's wording is not blank when given",
            () -> executionRate().targetText("").build(),
            () -> executionRate().targetText("≥100%").build(), "$.targetText"),
        refused("Indicator.formula @Text", "an indicator's formula is not blank when given",
            () -> executionRate().formula(" ").build(),
            () -> executionRate().formula("execution-rate").build(), "$.formula"),
        refused("Indicator.dataSource @Text", "an indicator's data source is not blank when given",
            () -> executionRate().dataSource(" ").build(),
            () -> executionRate().dataSource("财务核算系统").build(), "$.dataSource"),
        refused("Indicator.assumption @Text", "an indicator's assumption is not blank when given",
            () -> executionRate().assumption("").build(),
            () -> executionRate().assumption("自评表未附，按评分办法通用指标表补录").build(), "$.assumption"),
        refused("Indicator: level 1 has no parent", "a level-1 indicator has no parent",
            () -> indicator("2", "过程", 1, "1", "30").build(),
            () -> indicator("2", "过程", 1, null, "30").build(),
            "$.parentCode"),
        refused("Indicator: levels 2 and 3 have a parent", "a level-3 indicator names its parent",
            () -> indicator("2.1.1", "预算完成率", 3, null, "10").build(),
            () -> indicator("2.1.1", "预算完成率", 3, "2.1", "10").build(), "$.parentCode"),
        refused("Indicator: a quantitative indicator has a direction",
            "预算完成率 is quantitative and says whether more is better",
            () -> quantitative().build(),
            () -> quantitative().direction(Direction.AT_LEAST).build(), "$.direction"),

        // IndicatorEntry
        refused("IndicatorEntry.indicatorCode @NotBlank", "an entry names its indicator",
            () -> entry(" ").build(), () -> entry("2.1.1").build(), "$.indicatorCode"),
        refused("IndicatorEntry.actual @MeasureValue", "an actual value has at most six decimals",
            () -> entry("2.1.1").actual(d("97.1600001")).build(),
            () -> entry("2.1.1").actual(d("97.16")).build(), "$.actual"),
        refused("IndicatorEntry.actualText @Text", "an actual value's wording is not blank",
            () -> entry("2.1.1").actualText(" ").build(),
            () -> entry("2.1.1").actualText("97.16%").build(), "$.actualText"),
        refused("IndicatorEntry.claimedScore @PointsValue", "a claimed score has two decimals",
            () -> entry("2.1.1").claimedScore(d("9.725")).build(),
            () -> entry("2.1.1").claimedScore(d("9.72")).build(), "$.claimedScore"),
        refused("IndicatorEntry.coefficient @PercentValue", "a 得分系数 is at most 100 %",
            () -> entry("2.1.1").coefficient(d("120")).build(),
            () -> entry("2.1.1").coefficient(d("100")).build(), "$.coefficient"),
        refused("IndicatorEntry.coefficient @PercentValue", "a 得分系数 is not below 0 %",
            () -> entry("2.1.1").coefficient(d("-0.5")).build(),
            () -> entry("2.1.1").coefficient(d("0")).build(), "$.coefficient"),
        refused("IndicatorEntry.coefficient @PercentValue", "a 得分系数 has at most six decimals",
            () -> entry("2.1.1").coefficient(d("33.3333333")).build(),
            () -> entry("2.1.1").coefficient(d("33.333333")).build(), "$.coefficient"),
        refused("IndicatorEntry.deduction @PointsValue", "a 扣减分数 has two decimals, as points",
            () -> entry("02.1").deduction(d("2.505")).build(),
            () -> entry("02.1").deduction(d("2.5")).build(), "$.deduction"),
        refused("IndicatorEntry.deduction @PositiveOrZero",
            "a 扣减分数 is not negative: subtracted, it would add points",
            () -> entry("02.1").deduction(d("-2.5")).build(),
            () -> entry("02.1").deduction(d("0")).build(), "$.deduction"),
        refused("IndicatorEntry.deviationReason @Text", "a deviation reason is not blank",
            () -> entry("2.1.1").deviationReason(" ").build(),
            () -> entry("2.1.1").deviationReason("项目资金支出进度分配不均").build(), "$.deviationReason"),
        refused("IndicatorEntry.evidence @Text", "a piece of evidence is named",
            () -> entry("2.1.1").addEvidence("").build(),
            () -> entry("2.1.1").addEvidence("问卷调查表").build(), "$.evidence[0]"),
        refused("IndicatorEntry.assumption @Text", "an entry's assumption is not blank",
            () -> entry("2.1.1").assumption("").build(),
            () -> entry("2.1.1").assumption("自评表未附，得分按报告总分推算").build(), "$.assumption"),

        // Deduction
        refused("Deduction.indicatorCode @NotBlank", "a deduction names its indicator",
            () -> deduction("", "1").build(), () -> deduction("2.1.1", "1").build(),
            "$.indicatorCode"),
        required("Deduction.points @NotNull",
            () -> Deduction.builder().indicatorCode("2.1.1").reason("项目资金支出进度分配不均").build(),
            () -> Deduction.builder().indicatorCode("2.1.1").reason("项目资金支出进度分配不均")
                .points(d("1")).build()),
        refused("Deduction.points @Positive", "a deduction takes off more than zero",
            () -> deduction("2.1.1", "0").build(), () -> deduction("2.1.1", "0.5").build(),
            "$.points"),
        refused("Deduction.points @PointsValue", "a deduction has at most two decimals",
            () -> deduction("2.1.1", "0.284").build(), () -> deduction("2.1.1", "0.28").build(),
            "$.points"),
        refused("Deduction.reason @NotBlank", "a deduction says why",
            () -> Deduction.builder().indicatorCode("2.1.1").points(d("1")).reason(" ").build(),
            () -> deduction("2.1.1", "1").build(), "$.reason"),
        refused("Deduction.evidence @Text", "a deduction's evidence is not blank when given",
            () -> deduction("2.1.1", "1").evidence("").build(),
            () -> deduction("2.1.1", "1").evidence("预算完成率未能达到100%").build(), "$.evidence"),

        // StatedFigure
        refused("StatedFigure.code @NotBlank", "a stated figure has a code",
            () -> figure(" ", "群众反映问题解决率", "92").build(),
            () -> figure("solved-rate", "群众反映问题解决率", "92").build(), "$.code"),
        refused("StatedFigure.name @NotBlank", "a stated figure says what it is",
            () -> figure("solved-rate", "", "92").build(),
            () -> figure("solved-rate", "群众反映问题解决率", "92").build(), "$.name"),
        required("StatedFigure.kind @NotNull",
            () -> StatedFigure.builder().code("solved-rate").name("群众反映问题解决率")
                .statedValue(d("92")).build(),
            () -> StatedFigure.builder().code("solved-rate").name("群众反映问题解决率")
                .statedValue(d("92")).kind(FigureKind.RATE).build()),
        required("StatedFigure.statedValue @NotNull",
            () -> StatedFigure.builder().code("solved-rate").name("群众反映问题解决率")
                .kind(FigureKind.RATE).build(),
            () -> StatedFigure.builder().code("solved-rate").name("群众反映问题解决率")
                .kind(FigureKind.RATE).statedValue(d("92")).build()),
        refused("StatedFigure.statedValue @MeasureValue", "a value has at most 15 integer digits",
            () -> figure("solved-rate", "群众反映问题解决率", "1000000000000000").build(),
            () -> figure("solved-rate", "群众反映问题解决率", "92").build(), "$.statedValue"),
        refused("StatedFigure.unit @Text", "a stated figure's unit is not blank when given",
            () -> solvedRate().unit(" ").build(), () -> solvedRate().unit("%").build(), "$.unit"),
        refused("StatedFigure.precision @Min", "a precision is not negative",
            () -> solvedRate().precision(-1).build(), () -> solvedRate().precision(0).build(),
            "$.precision"),
        refused("StatedFigure.precision @Max", "a precision is at most six decimals",
            () -> solvedRate().precision(7).build(), () -> solvedRate().precision(6).build(),
            "$.precision"),
        refused("StatedFigure.numerator @MeasureValue", "a numerator has at most 15 integer digits",
            () -> solvedRate().numerator(d("1690000000000000")).denominator(d("184")).build(),
            () -> solvedRate().numerator(d("169")).denominator(d("184")).build(), "$.numerator"),
        refused("StatedFigure.denominator @MeasureValue", "a denominator has at most six decimals",
            () -> solvedRate().numerator(d("169")).denominator(d("184.0000001")).build(),
            () -> solvedRate().numerator(d("169")).denominator(d("184")).build(), "$.denominator"),
        refused("StatedFigure.formula @Text", "a stated figure's formula is not blank when given",
            () -> solvedRate().formula("").build(),
            () -> solvedRate().formula("problems-solved-rate").build(), "$.formula"),
        refused("StatedFigure.indicatorCode @Text", "the indicator a figure restates is named",
            () -> solvedRate().indicatorCode(" ").build(),
            () -> solvedRate().indicatorCode("2.1.1").build(), "$.indicatorCode"),
        refused("StatedFigure.quote @Text", "a stated figure's sentence is not blank when given",
            () -> solvedRate().quote(" ").build(),
            () -> solvedRate().quote("群众反映问题有184条，已解决169条，解决率92%").build(), "$.quote"),
        refused("StatedFigure.assumption @Text", "a stated figure's assumption is not blank",
            () -> solvedRate().assumption("").build(),
            () -> solvedRate().assumption("分子分母取自报告同一句").build(), "$.assumption"),
        refused("StatedFigure: the stated value fits its precision",
            "97.16 % was printed with two decimals, not none",
            () -> figure("execution-rate", "预算完成率", "97.16").precision(0).build(),
            () -> figure("execution-rate", "预算完成率", "97.16").precision(2).build(), "$.precision"),
        refused("StatedFigure: numerator and denominator come together",
            "169 solved needs the 184 raised",
            () -> solvedRate().numerator(d("169")).build(),
            () -> solvedRate().numerator(d("169")).denominator(d("184")).build(), "$.denominator"),

        // NarrativeClaim
        required("NarrativeClaim.kind @NotNull",
            () -> NarrativeClaim.builder().quote(ALL_TARGETS_MET).build(),
            () -> NarrativeClaim.builder().quote(ALL_TARGETS_MET).kind(ClaimKind.ALL_TARGETS_MET)
                .build()),
        refused("NarrativeClaim.quote @NotBlank", "a claim quotes its sentence",
            () -> claim("").build(), () -> claim(ALL_TARGETS_MET).build(), "$.quote"),
        refused("NarrativeClaim.section @Text", "a claim's section is not blank when given",
            () -> claim(ALL_TARGETS_MET).section(" ").build(),
            () -> claim(ALL_TARGETS_MET).section("（四）部门整体绩效管理情况").build(), "$.section"),

        // Problem
        refused("Problem.text @NotBlank", "a problem says what it is",
            () -> Problem.builder().text(" ").build(),
            () -> Problem.builder().text("预算编制工作有待细化").build(), "$.text"),
        refused("Problem.areas @NotBlank", "every area of a problem is not blank",
            () -> problem().addArea(" ").build(), () -> problem().addArea("预算编制").build(),
            "$.areas[0]"),
        refused("Problem.indicatorCodes @NotBlank", "every indicator code of a problem is given",
            () -> problem().addIndicatorCodes("2.1.1", "").build(),
            () -> problem().addIndicatorCodes("2.1.1", "2.1.3").build(), "$.indicatorCodes[1]"),

        // Improvement
        refused("Improvement.text @NotBlank", "an improvement says what it is",
            () -> Improvement.builder().text("").build(),
            () -> Improvement.builder().text("着力加强资金使用管理").build(), "$.text"),
        refused("Improvement.areas @NotBlank", "every area of an improvement is not blank",
            () -> Improvement.builder().text("着力加强预算编制管理").addAreas("预算编制", " ").build(),
            () -> Improvement.builder().text("着力加强预算编制管理").addAreas("预算编制", "预算执行").build(),
            "$.areas[1]"),

        // SelfEvaluation
        required("SelfEvaluation.kind @NotNull",
            () -> SelfEvaluation.builder().fiscalYear(2021).department(BaiyunSeed.department())
                .budget(BaiyunSeed.budget()).build(),
            () -> SelfEvaluation.builder().fiscalYear(2021).department(BaiyunSeed.department())
                .budget(BaiyunSeed.budget()).kind(EvaluationKind.DEPARTMENT_WIDE).build()),
        required("SelfEvaluation.department @NotNull",
            () -> SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
                .budget(BaiyunSeed.budget()).build(),
            () -> SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
                .budget(BaiyunSeed.budget()).department(BaiyunSeed.department()).build()),
        required("SelfEvaluation.budget @NotNull",
            () -> SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
                .department(BaiyunSeed.department()).build(),
            () -> SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
                .department(BaiyunSeed.department()).budget(BaiyunSeed.budget()).build()),
        refused("SelfEvaluation.fiscalYear @Min", "a fiscal year is 2000 or later",
            () -> evaluation(1999).build(), () -> evaluation(2000).build(), "$.fiscalYear"),
        refused("SelfEvaluation.fiscalYear @Max", "a fiscal year is 2100 or earlier",
            () -> evaluation(2101).build(), () -> evaluation(2100).build(), "$.fiscalYear"),
        refused("SelfEvaluation.title @Text", "a title is not blank when given",
            () -> evaluation().title(" ").build(),
            () -> evaluation().title("2021年部门整体支出绩效自评报告").build(), "$.title"),
        refused("SelfEvaluation.rulebook @Text", "a rulebook id is not blank when given",
            () -> evaluation().rulebook("").build(),
            () -> evaluation().rulebook("gz-2021-dept").build(), "$.rulebook"),
        refused("SelfEvaluation.claimedTotal @PointsValue", "a claimed total has two decimals",
            () -> evaluation().claimedTotal(d("94.001")).build(),
            () -> evaluation().claimedTotal(d("94.00")).build(), "$.claimedTotal"),
        refused("SelfEvaluation: a child sits one level below its parent",
            "预算完成率 under 过程 directly is two levels down",
            () -> evaluation().addIndicators(process(),
                indicator("2.1.1", "预算完成率", 3, "2", "10").build()).build(),
            () -> evaluation().addIndicators(process(),
                indicator("2.1", "预算执行", 2, "2", "10").build()).build(),
            "$.indicators[1].level"),
        refused("SelfEvaluation: an entry names an indicator of the table",
            "an entry for an indicator the table lacks",
            () -> evaluation().addEntry(entry("2.1.1").build()).build(),
            () -> evaluation().addIndicator(executionRate().build())
                .addEntry(entry("2.1.1").build()).build(), "$.entries[0].indicatorCode"),
        refused("SelfEvaluation: a deduction names an indicator of the table",
            "a deduction from an indicator the table lacks",
            () -> evaluation().addDeduction(deduction("2.1.1", "1").build()).build(),
            () -> evaluation().addIndicator(executionRate().build())
                .addDeduction(deduction("2.1.1", "1").build()).build(),
            "$.deductions[0].indicatorCode"),
        refused("SelfEvaluation: a stated figure names an indicator of the table",
            "a figure restating an indicator the table lacks",
            () -> evaluation().addStatedFigure(solvedRate().indicatorCode("2.1.1").build())
                .build(),
            () -> evaluation().addIndicator(executionRate().build())
                .addStatedFigure(solvedRate().indicatorCode("2.1.1").build()).build(),
            "$.statedFigures[0].indicatorCode"),
        refused("SelfEvaluation: task codes are unique", "two tasks cannot share a code",
            () -> evaluation().addTasks(task("sessions", "召开常委会会议").build(),
                task("sessions", "召开主任会议").build()).build(),
            () -> evaluation().addTasks(task("sessions", "召开常委会会议").build(),
                task("chair-meetings", "召开主任会议").build()).build(), "$.tasks[1].code"),
        refused("SelfEvaluation: project codes are unique", "two projects cannot share a code",
            () -> evaluation().addProjects(project("congress", "区人大会议项目").build(),
                project("congress", "代表履职服务项目").build()).build(),
            () -> evaluation().addProjects(project("congress", "区人大会议项目").build(),
                project("deputies", "代表履职服务项目").build()).build(), "$.projects[1].code"),
        refused("SelfEvaluation: indicator codes are unique", "two indicators cannot share a code",
            () -> evaluation().addIndicators(executionRate().build(), executionRate().build())
                .build(),
            () -> evaluation().addIndicator(executionRate().build()).build(),
            "$.indicators[1].code"),
        refused("SelfEvaluation: one entry per indicator", "two entries for 预算完成率",
            () -> evaluation().addIndicator(executionRate().build())
                .addEntries(entry("2.1.1").build(), entry("2.1.1").build()).build(),
            () -> evaluation().addIndicator(executionRate().build())
                .addEntries(entry("2.1.1").build()).build(), "$.entries[1].indicatorCode"),
        refused("SelfEvaluation: stated figure codes are unique",
            "two stated figures cannot share a code",
            () -> evaluation().addStatedFigures(solvedRate().build(), solvedRate().build()).build(),
            () -> evaluation().addStatedFigure(solvedRate().build()).build(),
            "$.statedFigures[1].code"),
        refused("SelfEvaluation: a task serves duties of the department",
            "the standing committee has 18 duties, not 19",
            () -> evaluation().addTask(task("sessions", "召开常委会会议").addDutyCodes("sc-3", "sc-19")
                .build()).build(),
            () -> evaluation().addTask(task("sessions", "召开常委会会议").addDutyCodes("sc-3", "sc-18")
                .build()).build(), "$.tasks[0].dutyCodes[1]"));
  }

  static Stream<Arguments> refusedCases() {
    return cases().stream().filter(c -> !c.required()).map(ConstraintsTest::named);
  }

  static Stream<Arguments> requiredCases() {
    return cases().stream().filter(Case::required).map(ConstraintsTest::named);
  }

  private static Arguments named(Case c) {
    return Arguments.of(Named.of(c.toString(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCases")
  void aBadValueIsRefusedAtItsPathInEnglishAndChineseAndTheValuePutRightBuilds(Case c) {
    assertThatThrownBy(c.bad()::get).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertRefusedAt(e, c));
    assertThat(c.good().get()).isInstanceOf(domainType(c.type()));
  }

  /**
   * A required attribute left out is refused by {@code build()} as every other violation is, at
   * its path, in English and Chinese (jixiao-io relies on the path to place a missing field). The
   * {@code @NotNull} itself is shown on a stand-in for the good value whose accessor answers null.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requiredCases")
  void aMissingRequiredValueIsRefusedByTheBuilderAndByItsConstraintAtItsPath(Case c)
      throws Exception {
    String path = c.paths().get(0);                           // $.level
    String attribute = path.substring(path.lastIndexOf('.') + 1);  // level
    assertThatThrownBy(c.bad()::get).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertRefusedAt(e, c);
      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("is required but was not set");
        assertThat(v.message(Locale.CHINESE)).isEqualTo("为必填项，但未设置");
      });
      assertThat(e).hasMessage("Invalid " + c.type() + " (1 problem): " + path
          + ": is required but was not set");
    });

    Object good = c.good().get();
    assertThat(good).isInstanceOf(domainType(c.type()));
    Object answeringNull = answeringNull(good, domainType(c.type()), attribute);
    assertThatThrownBy(() -> Validation.check(answeringNull, c.type()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertRefusedAt(e, c));
  }

  @Test
  void everyConstraintAndEveryInvariantOfTheDomainHasACase() throws Exception {
    Set<String> withoutCase = new TreeSet<>(constraintKeys());
    withoutCase.addAll(INVARIANTS);
    cases().forEach(c -> withoutCase.remove(c.key()));

    assertThat(withoutCase).as("constraints and invariants without a case").isEmpty();
  }

  @Test
  void everyCaseNamesAConstraintOrAnInvariantThatExists() throws Exception {
    Set<String> unknown = cases().stream().map(Case::key)
        .collect(Collectors.toCollection(TreeSet::new));
    unknown.removeAll(constraintKeys());
    unknown.removeAll(INVARIANTS);

    assertThat(unknown).as("cases of no constraint or invariant of the domain").isEmpty();
  }

  @Test
  void theEnumerationSeesEveryValueTypeAndConstraintsInsideOptionalsAndLists() throws Exception {
    assertThat(valueTypes()).extracting(Class::getSimpleName).containsExactlyInAnyOrder("Duty",
        "OrganisationalUnit", "Staffing", "Department", "Task", "BudgetLine",
        "ThreePublicExpenses", "CarryOver", "Payment", "Budget", "Project", "Indicator",
        "IndicatorEntry", "Deduction", "StatedFigure", "NarrativeClaim", "Problem", "Improvement",
        "SelfEvaluation", "FundingLine", "OverallTarget", "TableSource", "SourceCell",
        "SourceNote", "Review", "ReviewEntry", "ReviewedEvaluation", "DeclaredIndicator",
        "TargetDeclaration", "MonitoringReport", "MonitoringEntry", "MonitoringAdjustment",
        "ReportSource", "ExtractedItem", "Extraction", "DraftEvaluation");
    assertThat(constraintKeys())
        .contains("Budget.fullYear @NotNull", "Budget.fullYear @MoneyAmount",
            "Budget.initial @MoneyAmount", "Duty.organ @Text", "Task.dutyCodes @NotBlank",
            "Task.plannedCount @PositiveOrZero", "SelfEvaluation.fiscalYear @Max")
        .as("a composed constraint counts once, not as its parts")
        .doesNotContain("Budget.fullYear @Digits", "Budget.fullYear @PositiveOrZero");
  }

  private static void assertRefusedAt(InvalidValueException e, Case c) {
    assertThat(e.type()).isEqualTo(c.type());
    assertThat(e.violations()).extracting(Violation::path)
        .as("the violations of %s", c.key()).containsOnly(c.paths().toArray(String[]::new));
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.message(Locale.ENGLISH)).isNotBlank();
      assertThat(v.message(Locale.CHINESE)).isNotBlank().isNotEqualTo(v.message(Locale.ENGLISH));
    });
  }

  // ---- the completeness tests' view of the domain

  /** Every domain value type of core: the interfaces Immutables implemented in this package. */
  private static List<Class<?>> valueTypes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Budget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path pkg = classes.resolve(Budget.class.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(pkg)) {
      for (String file : files.map(p -> p.getFileName().toString()).sorted().toList()) {
        if (file.startsWith("Immutable") && file.endsWith(".class") && !file.contains("$")) {
          types.add(domainType(file.substring("Immutable".length(), file.length() - 6)));
        }
      }
    }
    return types;
  }

  /**
   * {@code "Type.property @Constraint"} for every constraint on every value type, on the
   * property or inside its {@code Optional} or {@code List}.
   */
  private static Set<String> constraintKeys() throws IOException, URISyntaxException {
    Set<String> keys = new TreeSet<>();
    try (ValidatorFactory factory = jakarta.validation.Validation
        .byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      for (Class<?> type : valueTypes()) {
        for (PropertyDescriptor property : factory.getValidator().getConstraintsForClass(type)
            .getConstrainedProperties()) {
          String prefix = type.getSimpleName() + "." + property.getPropertyName() + " @";
          property.getConstraintDescriptors().forEach(
              c -> keys.add(prefix + c.getAnnotation().annotationType().getSimpleName()));
          addElementConstraints(prefix, property.getConstrainedContainerElementTypes(), keys);
        }
      }
    }
    return keys;
  }

  private static void addElementConstraints(String prefix,
      Collection<ContainerElementTypeDescriptor> elements, Set<String> keys) {
    for (ContainerElementTypeDescriptor element : elements) {
      element.getConstraintDescriptors().forEach(
          c -> keys.add(prefix + c.getAnnotation().annotationType().getSimpleName()));
      addElementConstraints(prefix, element.getConstrainedContainerElementTypes(), keys);
    }
  }

  private static Class<?> domainType(String simpleName) {
    try {
      return Class.forName(Budget.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no domain type " + simpleName, e);
    }
  }

  /** {@code value} seen through {@code type}, but {@code property}'s accessor answers null. */
  private static Object answeringNull(Object value, Class<?> type, String property)
      throws NoSuchMethodException {
    String getter = type.getMethod("get" + Character.toUpperCase(property.charAt(0))
        + property.substring(1)).getName();
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (method.getName().equals(getter) && method.getParameterCount() == 0) {
            return null;
          }
          if (method.getName().equals("equals") && method.getParameterCount() == 1) {
            return proxy == args[0];
          }
          if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
          }
          return method.invoke(value, args);
        });
  }

  // ---- the table's cases and values, from the seed report

  static Case refused(String key, String behaviour, Supplier<?> bad, Supplier<?> good,
      String... paths) {
    return new Case(key, behaviour, bad, good, List.of(paths), false);
  }

  /** A {@code "Type.property @NotNull"} case: {@code withoutIt} leaves the property out. */
  static Case required(String key, Supplier<?> withoutIt, Supplier<?> withIt) {
    if (!key.endsWith(" @NotNull")) {
      throw new IllegalArgumentException("a required case is a @NotNull: " + key);
    }
    String property = key.substring(key.indexOf('.') + 1, key.indexOf(' '));
    return new Case(key, "required, and named when left out", withoutIt, withIt,
        List.of("$." + property), true);
  }

  private static final BigDecimal FULL_YEAR = d("3306.19");
  private static final BigDecimal EXECUTED = d("3212.37");
  private static final BudgetLine NO_TRIPS = BudgetLine.of(d("0"), d("0"));
  private static final BudgetLine VEHICLES = BudgetLine.of(d("12.5"), d("11.2"));
  private static final BudgetLine HOSPITALITY = BudgetLine.of(d("3"), d("2.45"));
  private static final String ALL_TARGETS_MET = "均达到了年初设定的各项绩效目标";

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Duty.Builder duty(String code, String text) {
    return Duty.builder().code(code).text(text);
  }

  private static Duty officeDuty(String code) {
    return duty(code, BaiyunSeed.OFFICE_DUTIES.get(0)).organ("广州市白云区人民代表大会常务委员会办公室")
        .build();
  }

  private static OrganisationalUnit.Builder unit(String code, String name) {
    return OrganisationalUnit.builder().code(code).name(name);
  }

  private static Staffing staffing(int authorisedPosts, int staffInPost) {
    return Staffing.builder().authorisedPosts(authorisedPosts).staffInPost(staffInPost).build();
  }

  private static Department.Builder department(String code, String region) {
    return Department.builder().code(code).name("广州市白云区人民代表大会常务委员会办公室")
        .level(GovernmentLevel.COUNTY).region(region).kind(DepartmentKind.ADMINISTRATIVE);
  }

  private static Department.Builder office() {
    return department("baiyun-rd-sc-office", "广东省广州市白云区");
  }

  private static Task.Builder task(String code, String title) {
    return Task.builder().code(code).title(title);
  }

  private static BudgetLine line(String budget, String executed) {
    return BudgetLine.of(d(budget), d(executed));
  }

  private static ThreePublicExpenses.Builder threePublic() {
    return ThreePublicExpenses.builder().overseasTrips(NO_TRIPS).vehicles(VEHICLES)
        .hospitality(HOSPITALITY);
  }

  private static CarryOver carryOver(String atStart, String atEnd) {
    return CarryOver.builder().atStart(d(atStart)).atEnd(d(atEnd)).build();
  }

  private static Payment.Builder payment(String period) {
    return Payment.builder().period(period);
  }

  private static Budget.Builder budget(String fullYear, String executed) {
    return Budget.builder().fullYear(d(fullYear)).executed(d(executed));
  }

  /** The seed's 3306.19 万元 budget, 3212.37 万元 executed. */
  private static Budget.Builder seedBudget() {
    return Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED);
  }

  private static Project.Builder project(String code, String name) {
    return Project.builder().code(code).name(name);
  }

  /** A qualitative indicator; {@code parentCode} null for none. */
  private static Indicator.Builder indicator(String code, String name, int level,
      String parentCode, String weight) {
    Indicator.Builder indicator = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(IndicatorKind.QUALITATIVE);
    return parentCode == null ? indicator : indicator.parentCode(parentCode);
  }

  /** 过程, the level-1 indicator 预算完成率 sits under two levels down. */
  private static Indicator process() {
    return indicator("2", "过程", 1, null, "30").build();
  }

  /** 预算完成率 (2.1.1) under 预算执行 (2.1), quantitative, its direction not yet given. */
  private static Indicator.Builder quantitative() {
    return Indicator.builder().code("2.1.1").name("预算完成率").level(3).parentCode("2.1")
        .weight(d("10")).kind(IndicatorKind.QUANTITATIVE);
  }

  /** 预算完成率: at least the target (≥). */
  static Indicator.Builder executionRate() {
    return quantitative().direction(Direction.AT_LEAST);
  }

  private static IndicatorEntry.Builder entry(String indicatorCode) {
    return IndicatorEntry.builder().indicatorCode(indicatorCode);
  }

  private static Deduction.Builder deduction(String indicatorCode, String points) {
    return Deduction.builder().indicatorCode(indicatorCode).points(d(points))
        .reason("项目资金支出进度分配不均");
  }

  private static StatedFigure.Builder figure(String code, String name, String statedValue) {
    return StatedFigure.builder().code(code).name(name).kind(FigureKind.RATE)
        .statedValue(d(statedValue));
  }

  /** 解决率92%: 169 of the 184 problems the deputies raised were solved. */
  private static StatedFigure.Builder solvedRate() {
    return figure("solved-rate", "群众反映问题解决率", "92");
  }

  private static NarrativeClaim.Builder claim(String quote) {
    return NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET).quote(quote);
  }

  private static Problem.Builder problem() {
    return Problem.builder().text("项目资金支出进度分配不均");
  }

  static SelfEvaluation.Builder evaluation() {
    return evaluation(2021);
  }

  /** The seed's department (its 37 duties and its units) and budget, in {@code fiscalYear}. */
  private static SelfEvaluation.Builder evaluation(int fiscalYear) {
    return SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(fiscalYear)
        .department(BaiyunSeed.department()).budget(BaiyunSeed.budget());
  }
}
