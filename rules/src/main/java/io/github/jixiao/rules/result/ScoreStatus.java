package io.github.jixiao.rules.result;

/** How an indicator came by its points (评分状态). */
public enum ScoreStatus {
  /** 已评分: the rule scored the indicator from its inputs. */
  SCORED("已评分"),
  /**
   * 不适用: the indicator does not apply (a rate whose denominator is zero); it is dropped and
   * the total is rescaled to the full score of the table (按百分制折算).
   */
  NOT_APPLICABLE("不适用"),
  /** 缺少数据: an input the rule needs is missing; the indicator earns 0 points. */
  MISSING_INPUT("缺少数据"),
  /**
   * 不予采用: an input contradicts the rule (达成 with points below its band, a value outside a band
   * table); the rule's own fallback points are given instead, and the explanation says why.
   */
  REFUSED("不予采用"),
  /**
   * 评分失败: the indicator's rule threw, returned no outcome or broke its contract (points
   * outside [0, weight]); the indicator earns 0 points, keeps its weight, and the card carries an
   * error note ({@code note.rule-failed}) naming the rule type and what it threw. Only under
   * {@link io.github.jixiao.rules.scoring.FailurePolicy#RECORD}; a strict scorer aborts instead.
   */
  FAILED("评分失败");

  private final String label;

  ScoreStatus(String label) {
    this.label = label;
  }

  /**
   * The Chinese name, e.g. {@code 不适用}. A message names the status in the reader's language
   * with {@code Message.label(status)} ({@code label.ScoreStatus.*} in jixiao-rules' bundle).
   */
  public String label() {
    return label;
  }
}
