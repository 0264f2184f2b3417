package io.github.jixiao.rules.rulebook;

/**
 * Whether a rulebook's numbers are confirmed, partly confirmed or reconstructed (来源可信度).
 */
public enum ProvenanceStatus {
  /**
   * 已确认: the tree and every weight taken from an official text or a published table. Its
   * assumptions, if any, are readings of what the text leaves open (how a moved weight is split,
   * how a checklist is counted), listed all the same.
   */
  CONFIRMED("已确认"),
  /**
   * 部分确认: the tree and some numbers are taken from a published table, the rest (a leaf's
   * 评分标准 that was not published, the unit's own weights) are assumed; its assumptions are
   * listed, per indicator where only some are assumed.
   */
  PARTLY_CONFIRMED("部分确认"),
  /** 推定: reconstructed from indirect evidence; its assumptions are listed. */
  RECONSTRUCTED("推定");

  private final String label;

  ProvenanceStatus(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 推定}. */
  public String label() {
    return label;
  }
}
