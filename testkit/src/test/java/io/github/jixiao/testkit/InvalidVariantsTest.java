package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every invalid variant breaks exactly its one property: core refuses it with one violation, there. */
class InvalidVariantsTest {

  @ParameterizedTest
  @EnumSource(BrokenProperty.class)
  void aVariantIsRefusedWithExactlyOneViolationAtItsPath(BrokenProperty property) {
    qt().withExamples(50).forAll(of(InvalidGens.breaking(property))).checkAssert(variant -> {
      assertThat(variant.property()).isEqualTo(property);
      assertThatThrownBy(variant::build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.type()).isEqualTo(property.type());
        assertThat(e.violations()).extracting(Violation::path).containsExactly(variant.path());
      });
    });
  }

  @Test
  void anyVariantComesToEveryBrokenPropertyInTime() {
    RandomSource source = RandomSource.seeded(7);
    Set<BrokenProperty> seen = EnumSet.noneOf(BrokenProperty.class);
    for (int i = 0; i < 2_000 && seen.size() < BrokenProperty.values().length; i++) {
      InvalidVariant variant = InvalidGens.any().generate(source);
      assertThatThrownBy(variant::build).isInstanceOf(InvalidValueException.class);
      seen.add(variant.property());
    }
    assertThat(seen).containsExactlyInAnyOrder(BrokenProperty.values());
  }

  @Test
  void aVariantSaysWhatItBreaksAndWhere() {
    InvalidVariant variant = InvalidGens.breaking(BrokenProperty.PART_ABOVE_TOTAL)
        .generate(RandomSource.seeded(2021));
    assertThat(variant).hasToString("PART_ABOVE_TOTAL: Budget.project.budget");
    assertThat(variant.property().description()).isEqualTo("a budget part above its total");
  }
}
