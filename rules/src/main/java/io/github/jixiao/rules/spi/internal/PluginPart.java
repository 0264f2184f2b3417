package io.github.jixiao.rules.spi.internal;

/**
 * What a registry asks of a plug-in (向插件索取的内容): a provider's rules, formulas, checks,
 * priority or message bundle; a rule's type id, a formula's id, a check's code. Named in messages
 * by its label ({@code label.PluginPart.*} in jixiao-rules' bundle), so that a provider that fails
 * is told in the reader's language what it failed to give.
 */
public enum PluginPart {
  /** A provider's scoring rules (评分方法). */
  RULES,
  /** A provider's formulas (计算公式). */
  FORMULAS,
  /** A provider's consistency checks (审核规则). */
  CHECKS,
  /** A provider's priority (优先级). */
  PRIORITY,
  /** The base name of a provider's message bundle (提示信息资源包). */
  MESSAGE_BUNDLE,
  /** A scoring rule's type id (类型标识). */
  RULE_TYPE,
  /** A formula's id (公式标识). */
  FORMULA_ID,
  /** A consistency check's code (审核规则编码). */
  CHECK_CODE
}
