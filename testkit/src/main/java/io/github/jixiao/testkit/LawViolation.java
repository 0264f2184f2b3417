package io.github.jixiao.testkit;

import java.util.Objects;

/**
 * A law of a scoring rule or consistency check that an example broke (违反的性质): which law, the
 * example (as small as the tool could shrink it) and what went wrong. An {@link AssertionError},
 * so that every test framework reports it as a failure.
 */
public final class LawViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String law;
  private final transient Object example;

  /**
   * Creates the violation.
   *
   * @param law the law broken, e.g. {@code POINTS_WITHIN_WEIGHT}
   * @param subject the rule or check that broke it
   * @param example the example it broke on
   * @param what what went wrong
   */
  public LawViolation(String law, String subject, Object example, String what) {
    super(subject + " breaks " + law + ": " + what + "\n  on " + example);
    this.law = Objects.requireNonNull(law, "law");
    this.example = example;
  }

  /** The law broken, e.g. {@code POINTS_WITHIN_WEIGHT}. */
  public String law() {
    return law;
  }

  /** The example it broke on. */
  public Object example() {
    return example;
  }
}
