package io.github.jixiao.testkit;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Objects;

/**
 * Generators of rulebooks (评分规则表) and of self-evaluations scored under them, for property
 * tests of the scorer, of checks that need a rulebook, and of readers and writers.
 *
 * <p>A generated rulebook builds: its weights add up to exactly 100 and every group's children to
 * the group; each leaf names a built-in rule fitting its kind and direction, with sensible
 * parameters, or none (the rulebook's default applies); the grade scale covers 0–100 with better
 * grades higher up (the central one, or 1 to 3 cut-offs of one's own); points are rounded to 0–2
 * decimals.
 */
public final class RulebookGens {

  private RulebookGens() {}

  /**
   * A self-evaluation and the rulebook it is to be scored under (待评分的自评及其评分规则表).
   *
   * @param evaluation the evaluation, naming the rulebook by its id
   * @param rulebook the rulebook
   */
  public record Scorable(SelfEvaluation evaluation, Rulebook rulebook) {

    /** Creates the pair; both are required. */
    public Scorable {
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(rulebook, "rulebook");
    }

    /** The pair in a line: what a failure report shows. */
    @Override
    public String toString() {
      return "{rulebook=" + rulebook.getId() + " (" + rulebook.treeKind() + ", "
          + rulebook.getIndicators().size() + " indicators), evaluation="
          + ConsistencyCheckLaws.describe(evaluation) + "}";
    }
  }

  /** Complete rulebooks (完整): every indicator and weight fixed. */
  public static Gen<Rulebook> rulebooks() {
    return RulebookTrees.complete();
  }

  /**
   * Open rulebooks (开放): the level-1 groups fixed; some with fixed leaves and rules, the others
   * open, their leaves supplied by each evaluation's own table (自评表).
   */
  public static Gen<Rulebook> openRulebooks() {
    return RulebookTrees.open();
  }

  /**
   * Self-evaluations to be scored under {@code rulebook}: the table holds the rulebook's indicators
   * and, under each open one, leaves of the evaluation's own; every leaf has an entry with the input
   * its rule consumes (a rate, a level, items met, milestones missed); deductions never exceed a
   * leaf's weight; each claimed score, the claimed total and the claimed grade are what the scorer
   * gives, so the claims agree with the rules.
   */
  public static Gen<SelfEvaluation> evaluationsUnder(Rulebook rulebook) {
    return RulebookTrees.evaluationsUnder(Objects.requireNonNull(rulebook, "rulebook"));
  }

  /**
   * A rulebook that scores {@code table} as it stands (自评表即评分表): one indicator per row of the
   * table, with its weight, kind, direction, target and unit, and no rule named, so that the
   * default for its kind and direction applies; the central grade scale; rounding half up to two
   * decimals. The evaluations of {@link JixiaoGens} claim exactly what the {@code Scorer} gives
   * under the rulebook of their own table.
   *
   * @throws io.github.jixiao.core.value.InvalidValueException if the table's weights do not add up
   */
  public static Rulebook tableAsRulebook(List<Indicator> table) {
    return Claims.ownTable(Objects.requireNonNull(table, "table"));
  }

  /** Evaluations with the rulebook they are scored under: complete and open rulebooks alike. */
  public static Gen<Scorable> scorable() {
    return Gen.oneOf(List.of(rulebooks(), openRulebooks()))
        .flatMap(book -> evaluationsUnder(book).map(e -> new Scorable(e, book)));
  }
}
