package io.github.jixiao.rules.spi.internal;

/**
 * The kinds of plug-in a registry holds (插件种类), each named by an id of its own: a scoring rule
 * by its type id, a formula by its id, a consistency check by its code. Named in messages by its
 * label ({@code label.PluginKind.*} in jixiao-rules' bundle).
 */
public enum PluginKind {
  /** 评分方法类型标识: a scoring rule's type id. */
  SCORING_RULE,
  /** 计算公式标识: a formula's id. */
  FORMULA,
  /** 审核规则编码: a consistency check's code. */
  CONSISTENCY_CHECK
}
