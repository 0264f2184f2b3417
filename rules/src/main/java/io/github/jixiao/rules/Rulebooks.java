package io.github.jixiao.rules;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rulebooks (内置评分办法): the published methodologies, shipped as JSON resources in
 * the {@code jixiao/rulebook/1} format (one file each, {@code io/github/jixiao/rules/rulebooks/
 * <id>.json}), read and validated once, each with its provenance — confirmed, partly confirmed or
 * reconstructed, and what it assumes. A catalogue over them ({@link #catalogue()}) finds one by id
 * and chooses one for an evaluation by region and year ({@link #forEvaluation}).
 *
 * <p>Every number in them is data, and a rulebook is derived from one in one call: {@link
 * Rulebook#withIndicator(String, java.util.function.UnaryOperator)} changes one indicator (its
 * rule, target or formula), {@link Rulebook#withIndicators(java.util.Map)} changes several
 * together (weights that move between siblings, so that they still add up), {@link
 * Rulebook#withSplit} sets a weight split the rulebook leaves as a parameter, the generated {@code
 * with…} methods change the rest ({@code withId}, {@code withGradeScale}), and {@code
 * Rulebook.builder().from(book)} starts a builder from one. The derived rulebook is validated as a
 * built one is.
 */
public final class Rulebooks {

  /** Id of {@link #mofProject2020()}. */
  public static final String MOF_PROJECT_2020 = "mof-project-2020";
  /** Id of {@link #mofDepartment2013()}. */
  public static final String MOF_DEPARTMENT_2013 = "mof-dept-2013";
  /** Id of {@link #guangzhouDepartment2021()}. */
  public static final String GUANGZHOU_DEPARTMENT_2021 = "gz-dept-2021";

  private Rulebooks() {}

  /**
   * The catalogue of the built-in rulebooks, read once.
   *
   * @throws RulebookCatalogueException if a built-in file cannot be read (a fault of the jar)
   */
  public static RulebookCatalogue catalogue() {
    return Holder.CATALOGUE;
  }

  /** Every built-in rulebook, in the catalogue's order. */
  public static List<Rulebook> all() {
    return catalogue().all();
  }

  /** The built-in rulebook with {@code id}, if any. */
  public static Optional<Rulebook> byId(String id) {
    return catalogue().byId(id);
  }

  /**
   * The built-in rulebook for {@code evaluation}, and why ({@link RulebookCatalogue#forEvaluation}).
   *
   * @throws RulebookCatalogueException if the evaluation names an unknown rulebook, or none or
   *     several apply
   */
  public static RulebookChoice forEvaluation(SelfEvaluation evaluation) {
    return catalogue().forEvaluation(evaluation);
  }

  /**
   * MoF project self-evaluation (项目支出绩效自评, 财预〔2020〕10号): 预算执行率 10 (10 × executed ÷
   * budget, at most 10), 产出 50, 效益 30, 满意度 10, the leaves each project's own (open). Without a
   * satisfaction indicator its 10 points go to 产出 and 效益.
   */
  public static Rulebook mofProject2020() {
    return byId(MOF_PROJECT_2020).orElseThrow();
  }

  /**
   * MoF common framework for department-wide spending (部门整体支出绩效评价共性指标体系框架,
   * 财预〔2013〕53号): the tree of 投入, 过程, 产出 and 效果 with the formula of each rate, and no
   * points: every weight comes from the evaluation's own table.
   */
  public static Rulebook mofDepartment2013() {
    return byId(MOF_DEPARTMENT_2013).orElseThrow();
  }

  /**
   * Guangzhou 2021 department-wide self-evaluation (广州市部门整体支出绩效自评), reconstructed from the
   * wording of the Baiyun 2021 report: 履职效能 and 管理效率. The official table was not found: every
   * weight is an assumption, and the 履职效能 / 管理效率 split is a parameter ({@code
   * duty-management}, 50 / 50 assumed).
   */
  public static Rulebook guangzhouDepartment2021() {
    return byId(GUANGZHOU_DEPARTMENT_2021).orElseThrow();
  }

  private static final class Holder {
    static final RulebookCatalogue CATALOGUE = BuiltInRulebooks.read();
  }
}
