package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The combinators draw in a documented order, so that simpler draws give simpler values. */
class GenTest {

  /** A source that answers from a script, then with the simplest value; records every range. */
  static final class Scripted implements Source {
    private final Deque<Long> answers;
    final List<long[]> asked = new java.util.ArrayList<>();

    Scripted(Long... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public long between(long min, long max, long simplest) {
      asked.add(new long[] {min, max, simplest});
      return answers.isEmpty() ? simplest : answers.pop();
    }
  }

  @Test
  void theSimplestDrawsGiveTheSmallestValues() {
    Scripted simplest = new Scripted();
    assertThat(Gen.ints(3, 9).list(1, 4).generate(simplest)).containsExactly(3);
    assertThat(Gen.ints(3, 9).optional().generate(new Scripted())).isEmpty();
    assertThat(Gen.elements(List.of("达成", "部分达成", "未达成")).generate(new Scripted())).isEqualTo("达成");
    assertThat(Gen.booleans().generate(new Scripted())).isFalse();
  }

  @Test
  void aListDrawsItsSizeFirstThenEachElement() {
    Scripted source = new Scripted(3L, 5L, 6L, 7L);
    assertThat(Gen.ints(0, 9).list(0, 4).generate(source)).containsExactly(5, 6, 7);
    assertThat(source.asked.get(0)).containsExactly(0, 4, 0);
  }

  @Test
  void mapFlatMapZipAndOneOfCompose() {
    Gen<Integer> doubled = Gen.ints(0, 10).map(i -> i * 2);
    assertThat(doubled.generate(new Scripted(4L))).isEqualTo(8);
    Gen<List<Integer>> sized = Gen.ints(1, 3).flatMap(n -> Gen.constant(n).list(n, n));
    assertThat(sized.generate(new Scripted(2L))).containsExactly(2, 2);
    assertThat(Gen.ints(0, 9).zip(Gen.ints(0, 9), Integer::sum).generate(new Scripted(4L, 5L)))
        .isEqualTo(9);
    assertThat(Gen.oneOf(List.of(Gen.constant("正向"), Gen.constant("反向"))).generate(new Scripted(1L)))
        .isEqualTo("反向");
    assertThat(Gen.ints(0, 9).optional().generate(new Scripted(1L, 6L))).isEqualTo(Optional.of(6));
  }

  @Test
  void emptyChoicesAndBackwardSizesAreRefused() {
    assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.oneOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Gen.ints(0, 1).list(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSimplestEvaluationIsOneRootOfOneHundredPointsWithAnEmptyBudget() {
    var evaluation = JixiaoGens.selfEvaluations().generate(new Scripted());
    assertThat(evaluation.getIndicators()).singleElement().satisfies(root -> {
      assertThat(root.getWeight()).isEqualByComparingTo("100");
      assertThat(root.getLevel()).isEqualTo(1);
    });
    assertThat(evaluation.getEntries()).singleElement()
        .satisfies(e -> assertThat(e.getClaimedScore()).hasValueSatisfying(
            s -> assertThat(s).isEqualByComparingTo("100")));
    assertThat(evaluation.getBudget().getFullYear()).isZero();
    assertThat(evaluation.getDepartment().getDuties()).hasSize(1);
    assertThat(evaluation.getTasks()).isEmpty();
    assertThat(evaluation.getDeductions()).isEmpty();
    assertThat(evaluation.getStatedFigures()).isEmpty();
    assertThat(evaluation.getFiscalYear()).isEqualTo(2021);
  }
}
