package io.github.jixiao.core;

/**
 * How sure an extraction rule is of what it read from a report (提取置信度): the rule's own
 * statement, kept with the rule as data, not a measured probability. Nothing extracted is
 * certain; a person confirms every item of a draft.
 */
public enum Confidence {
  /** The sentence says it in the words the rule expects, in the section it belongs to. */
  HIGH("高"),
  /** The words fit, but the section or a part of the phrase is not the usual one. */
  MEDIUM("中"),
  /** A reading that needs a person's judgement: a figure inferred, a list split by guess. */
  LOW("低");

  private final String label;

  Confidence(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 高}. */
  public String label() {
    return label;
  }
}
