package io.github.jixiao.rules.rulebook;

/**
 * Which rate points come from (按何种比率计分): the rate a formula computed at full precision, or
 * the rate as a table states it, rounded to two decimals of percent first. The example: a
 * rate of 38.8459 % on a weight of 10 gives 3.884… → 3.88 from the unrounded rate, and 38.85 % →
 * 3.885 → 3.89 from the stated one. Tables do not say which they use; both readings exist
 * (issue 14), so it is the rulebook's {@link RoundingPolicy#getRateSource()}.
 */
public enum RateSource {
  /**
   * 按未取整比率: points from the rate at the precision it was computed with (six decimals of
   * percent), the default; an explanation shows the rate with the decimals its points need.
   */
  UNROUNDED("按未取整比率"),
  /**
   * 按列示比率: a rate computed by a formula is first rounded half up to two decimals of percent,
   * as a table prints it (97.16 %), and scored from that; an explanation shows it as stated. A
   * rate typed in the table is already stated, and is used as typed.
   */
  STATED("按列示比率");

  private final String label;

  RateSource(String label) {
    this.label = label;
  }

  /**
   * The Chinese name, e.g. {@code 按列示比率}. A message names it in the reader's language with
   * {@code Message.label(source)} ({@code label.RateSource.*} in jixiao-rules' bundle).
   */
  public String label() {
    return label;
  }
}
