package io.github.jixiao.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Generators of deliberately invalid values (非法值生成器), for negative tests: each
 * {@link InvalidVariant} is a generated valid value with exactly one {@link BrokenProperty}
 * broken, and says which violation path core must report. Like {@link JixiaoGens} they draw from
 * a {@link Source}, so they shrink under QuickTheories too.
 */
public final class InvalidGens {

  private InvalidGens() {}

  /** Variants breaking {@code property}, each at a generated value. */
  public static Gen<InvalidVariant> breaking(BrokenProperty property) {
    return Invalids.breaking(Objects.requireNonNull(property, "property"));
  }

  /** Variants breaking any one of the {@link BrokenProperty broken properties}. */
  public static Gen<InvalidVariant> any() {
    return Gen.elements(List.of(BrokenProperty.values())).flatMap(Invalids::breaking);
  }
}
