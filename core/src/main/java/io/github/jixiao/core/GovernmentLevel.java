package io.github.jixiao.core;

/** The level of government a budget unit belongs to (预算级次). */
public enum GovernmentLevel {
  /** 中央, central. */
  CENTRAL("中央"),
  /** 省, province (and autonomous region, municipality directly under the centre). */
  PROVINCIAL("省"),
  /** 市, prefecture-level city. */
  MUNICIPAL("市"),
  /** 区县, district or county: the seed's Baiyun District. */
  COUNTY("区县"),
  /** 乡镇, township or town. */
  TOWNSHIP("乡镇");

  private final String label;

  GovernmentLevel(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 区县}. */
  public String label() {
    return label;
  }
}
