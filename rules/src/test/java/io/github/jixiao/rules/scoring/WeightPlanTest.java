package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.WeightMove;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.EvaluationIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The weight plan (权重调整) as a function of a table and {@code mof-project-2020} (产出 50, 效益 30,
 * 满意度 10 moving to 产出 and 效益, 预算执行率 10), tested directly on the methodology's cases:
 * the table keeps 50 / 30, the table carries the move itself (55 / 35), only 产出 has indicators,
 * only the execution line is left.
 */
class WeightPlanTest {

  private static final Rulebook MOF = Rulebooks.mofProject2020();

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** The plan for a table, with what it noted. */
  private record Planned(WeightPlan plan, TableBinding binding, List<Message> notes) {
    BigDecimal groupWeight(String code) {
      RulebookIndicator node = MOF.indicator(code).orElseThrow();
      return plan.groupWeight(node, binding.match(node), node.getWeight().orElseThrow());
    }

    GroupRaise raise(String code, String own) {
      RulebookIndicator node = MOF.indicator(code).orElseThrow();
      return plan.raise(node, d(own), groupWeight(code));
    }
  }

  private static Planned plan(SelfEvaluation evaluation) {
    List<Message> notes = new ArrayList<>();
    EvaluationRows rows = new EvaluationRows(EvaluationIndex.of(evaluation));
    TableBinding binding = new TableBinding(rows, evaluation.getIndicators(), MOF, notes);
    return new Planned(new WeightPlan(new BookIndex(MOF).redistributing, MOF, rows, binding,
        notes), binding, notes);
  }

  /** A project table: 预算执行率 10, then groups of the given codes, weights and leaf weights. */
  private static SelfEvaluation table(String[][] groups) {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.PROJECT)
        .fiscalYear(2021).department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(Indicator.builder().code("01").name("预算执行率").level(1).weight(d("10"))
            .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("100"))
            .unit("%").build());
    for (String[] g : groups) {
      e.addIndicators(Indicator.builder().code(g[0]).name(g[1]).level(1).weight(d(g[2]))
          .kind(IndicatorKind.QUALITATIVE).build());
      for (int leaf = 3; leaf < g.length; leaf++) {
        e.addIndicators(Indicator.builder().code(g[0] + "." + (leaf - 2)).name("指标" + leaf)
            .level(2).parentCode(g[0]).weight(d(g[leaf])).kind(IndicatorKind.QUALITATIVE)
            .build());
      }
    }
    return e.build();
  }

  @Test
  void aTableKeeping50And30HasSatisfactionsTenMovedInProportionAndItsGroupsRaised() {
    Planned p = plan(table(new String[][] {{"02", "产出指标", "50", "30", "20"},
        {"03", "效益指标", "30", "30"}}));

    // 10 × 50 ÷ 80 = 6.25 to 产出 and 10 × 30 ÷ 80 = 3.75 to 效益.
    WeightMove move = p.plan().moves().get(0);
    assertThat(move.getGroup()).isEqualTo("4");
    assertThat(move.isCarriedByTable()).isFalse();
    assertThat(move.getReceived()).containsEntry("2", d("6.25")).containsEntry("3", d("3.75"));
    assertThat(p.groupWeight("2")).isEqualByComparingTo("56.25");
    assertThat(p.groupWeight("3")).isEqualByComparingTo("33.75");
    // A perfect 50.00 becomes 56.25; 48.00 × 56.25 ÷ 50 = 54.00; 20.00 × 33.75 ÷ 30 = 22.50.
    assertThat(p.raise("2", "50").points(d("50.00"))).isEqualTo(d("56.25"));
    assertThat(p.raise("2", "50").points(d("48.00"))).isEqualTo(d("54.00"));
    assertThat(p.raise("3", "30").points(d("20.00"))).isEqualTo(d("22.50"));
    // The move is noted once; each raise notes the group it raises.
    assertThat(p.notes()).extracting(Message::getKey).startsWith("note.redistributed")
        .containsOnly("note.redistributed", "note.group-raised");
  }

  @Test
  void aTableCarryingTheMoveItselfIsTakenAsItIs() {
    // 产出's leaves weigh 55 and 效益's 35: 50 + 30 + 10 in all, the unit's own split.
    Planned p = plan(table(new String[][] {{"02", "产出指标", "55", "30", "25"},
        {"03", "效益指标", "35", "35"}}));

    WeightMove move = p.plan().moves().get(0);
    assertThat(move.isCarriedByTable()).isTrue();
    assertThat(move.getReceived()).containsEntry("2", d("5")).containsEntry("3", d("5"));
    assertThat(p.groupWeight("2")).isEqualByComparingTo("55");
    assertThat(p.raise("2", "55")).isNull();
  }

  @Test
  void withOnlyOutputLeftSatisfactionsTenAllGoToOutput() {
    Planned p = plan(table(new String[][] {{"02", "产出指标", "50", "30", "20"}}));

    // 效益 is empty itself and takes nothing: 10 × 50 ÷ 50 = 10 to 产出, 60 in all.
    assertThat(p.plan().moves().get(0).getReceived()).containsOnlyKeys("2")
        .containsEntry("2", d("10.00"));
    assertThat(p.groupWeight("2")).isEqualByComparingTo("60");
  }

  @Test
  void withOnlyTheExecutionLineSatisfactionDoesNotApply() {
    Planned p = plan(table(new String[][] {}));

    // 产出 and 效益 are empty too: nothing can take 满意度's 10; the total is rescaled to 100.
    WeightMove move = p.plan().moves().get(0);
    assertThat(move.isNotApplicable()).isTrue();
    assertThat(move.getWeight()).isEqualByComparingTo("10");
    assertThat(p.plan().movedFrom("4")).isFalse();
  }
}
