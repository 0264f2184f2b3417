package io.github.jixiao.testkit;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A deliberately invalid value (非法变体) for a negative test: an attempt to build a domain value
 * that is valid but for exactly one {@link BrokenProperty}, and the violation path core must
 * report for it. Building it must fail with an {@link InvalidValueException} of type
 * {@link #type()} listing exactly one violation, at {@link #path()}.
 *
 * <pre>{@code
 * InvalidVariant variant = InvalidGens.any().generate(RandomSource.seeded(7));
 * assertThatThrownBy(variant::build).isInstanceOfSatisfying(InvalidValueException.class,
 *     e -> assertThat(e.violations()).extracting(Violation::path).containsExactly(variant.path()));
 * }</pre>
 *
 * @param property the one property broken
 * @param path the JSON path of the violation core must report, from the value built, e.g.
 *     {@code "$.indicators[7].code"} (a path given without the root is read from it)
 * @param attempt builds the value; expected to throw
 */
public record InvalidVariant(BrokenProperty property, String path, Supplier<?> attempt) {

  /** Creates a variant; every part is required, and the path is taken from the root. */
  public InvalidVariant {
    Objects.requireNonNull(property, "property");
    path = JsonPaths.rooted(Objects.requireNonNull(path, "path"));
    Objects.requireNonNull(attempt, "attempt");
  }

  /** The simple name of the domain type that must refuse it, e.g. {@code "Budget"}. */
  public String type() {
    return property.type();
  }

  /**
   * Tries to build the value.
   *
   * @return the value, only if core wrongly accepted it
   * @throws InvalidValueException as it should
   */
  public Object build() {
    return attempt.get();
  }

  /** What is broken and where, e.g. {@code PART_ABOVE_TOTAL: Budget.project.budget}. */
  @Override
  public String toString() {
    return property + ": " + property.type() + path.substring(1);
  }
}
