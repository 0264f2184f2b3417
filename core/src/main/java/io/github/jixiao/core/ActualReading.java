package io.github.jixiao.core;

/**
 * How an actual value (实际完成值) was read from what the table wrote (完成值读取方式). The national
 * data model keeps targets and actuals as strings, and units write "200余人", "10月", "/", "及时":
 * a number is derived only where that is unambiguous, and how is said.
 */
public enum ActualReading {
  /** A number as written ("98.5", "86%", "215,457.6"): the entry's actual is that number. */
  EXACT,
  /** About a number ("200余人", "约200人"): the actual is the number, and it is approximate. */
  APPROXIMATE,
  /** A month or a date ("10月" against "11月底前"): the actual is the month's number. */
  DATE,
  /** Not applicable ("/", "—"): no actual, and the unit says none applies. */
  NOT_APPLICABLE,
  /** A qualitative level in words ("达成", "完成", "及时"): the entry's level, no actual. */
  LEVEL,
  /** Text no number can be read from ("效果明显" for a 定量 row): no actual; a reviewer's finding. */
  UNREADABLE
}
