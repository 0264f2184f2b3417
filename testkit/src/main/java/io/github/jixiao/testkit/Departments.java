package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Departments (部门) with unique duty codes and a tree of organisational units, the tasks (年度工作任务)
 * that serve their duties, and key projects (重点项目) within their budget.
 */
final class Departments {

  private Departments() {}

  static final int MAX_DUTIES = 6;
  static final int MAX_UNITS = 5;
  static final int MAX_TASKS = 5;
  static final int MAX_DUTIES_PER_TASK = 3;
  static final int MAX_PROJECTS = 2;

  /** Departments with 1 to 6 duties, up to 5 units in a tree and, maybe, staffing within posts. */
  public static Gen<Department> departments() {
    return source -> {
      Department.Builder department = Department.builder()
          .code("dept-" + source.between(1, 999))
          .name(source.choose(Words.DEPARTMENTS))
          .level(source.choose(List.of(GovernmentLevel.COUNTY, GovernmentLevel.MUNICIPAL,
              GovernmentLevel.PROVINCIAL, GovernmentLevel.TOWNSHIP, GovernmentLevel.CENTRAL)))
          .region(source.choose(Words.REGIONS))
          .kind(source.choose(List.of(DepartmentKind.values())));
      int duties = source.intBetween(1, MAX_DUTIES);
      for (int d = 1; d <= duties; d++) {
        department.addDuty(duty("duty-" + d).generate(source));
      }
      int units = source.intBetween(0, MAX_UNITS);
      for (int u = 1; u <= units; u++) {
        department.addUnit(unit(u).generate(source));
      }
      if (source.nextBoolean()) {
        department.staffing(staffing().generate(source));
      }
      return department.build();
    };
  }

  /** A duty (职责) coded {@code code}, maybe with the organ that sets it. */
  public static Gen<Duty> duty(String code) {
    return source -> {
      Duty.Builder duty = Duty.builder().code(code).text(source.choose(Words.DUTIES));
      if (source.nextBoolean()) {
        duty.organ(source.choose(Words.ORGANS));
      }
      return duty.build();
    };
  }

  /**
   * The {@code n}th organisational unit (内设机构) of a department, coded {@code "unit-n"}: maybe a
   * category, and maybe a parent among the units before it, so that the units form a tree.
   */
  public static Gen<OrganisationalUnit> unit(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("units are counted from 1; was " + n);
    }
    return source -> {
      OrganisationalUnit.Builder unit = OrganisationalUnit.builder().code("unit-" + n)
          .name(source.choose(Words.UNITS));
      if (source.nextBoolean()) {
        unit.category(source.choose(Words.UNIT_CATEGORIES));
      }
      if (n > 1 && source.nextBoolean()) {
        unit.parentCode("unit-" + source.between(1, n - 1));
      }
      return unit.build();
    };
  }

  /** Staffing (编制): up to 200 authorised posts, no more staff in post than posts. */
  public static Gen<Staffing> staffing() {
    return source -> {
      int posts = source.intBetween(0, 200);
      return Staffing.builder().authorisedPosts(posts)
          .staffInPost((int) source.between(0, posts, posts)).build();
    };
  }

  /** Up to 5 tasks, each serving 1 to 3 distinct duties of {@code department}. */
  public static Gen<List<Task>> tasks(Department department) {
    List<String> dutyCodes = department.getDuties().stream().map(Duty::getCode).toList();
    return source -> {
      int count = dutyCodes.isEmpty() ? 0 : source.intBetween(0, MAX_TASKS);
      List<Task> tasks = new ArrayList<>(count);
      for (int t = 1; t <= count; t++) {
        Task.Builder task = Task.builder().code("task-" + t).title(source.choose(Words.TASKS))
            .key(source.nextBoolean());
        if (source.nextBoolean()) {
          task.heading(source.choose(Words.TASK_HEADINGS));
        }
        List<String> left = new ArrayList<>(dutyCodes);
        int serves = source.intBetween(1, Math.min(MAX_DUTIES_PER_TASK, left.size()));
        for (int d = 0; d < serves; d++) {
          task.addDutyCode(left.remove((int) source.between(0, left.size() - 1)));
        }
        if (source.nextBoolean()) {
          int planned = source.intBetween(0, 100);
          task.plannedCount(planned).completedCount((int) source.between(0, planned, planned));
        }
        tasks.add(task.build());
      }
      return List.copyOf(tasks);
    };
  }

  /**
   * Up to 2 key projects (重点项目) in {@code budget}'s unit, whose budgets add up to no more than
   * the project-spending line (项目支出) — or the full-year budget without one — and whose executed
   * amounts to no more than its executed, each executed within its own budget.
   */
  public static Gen<List<Project>> projects(Budget budget) {
    long budgetLeft = Decimals.toHundredths(budget.getProject().map(BudgetLine::getBudget)
        .orElse(budget.getFullYear()));
    long executedLeft = Decimals.toHundredths(budget.getProject().map(BudgetLine::getExecuted)
        .orElse(budget.getExecuted()));
    return source -> {
      int count = source.intBetween(0, MAX_PROJECTS);
      List<Project> projects = new ArrayList<>(count);
      long budgetFree = budgetLeft;
      long executedFree = executedLeft;
      for (int p = 1; p <= count; p++) {
        long planned = source.between(0, budgetFree);
        long executed = Budgets.share(source, Math.min(planned, executedFree), 0);
        budgetFree -= planned;
        executedFree -= executed;
        projects.add(Project.builder().code("project-" + p).name(source.choose(Words.PROJECTS))
            .unit(budget.getUnit()).budget(Decimals.hundredths(planned))
            .executed(Decimals.hundredths(executed)).build());
      }
      return List.copyOf(projects);
    };
  }
}
