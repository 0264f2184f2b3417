package io.github.jixiao.report.extract;

import java.util.List;

/**
 * How a rule's match is read (规则的读取方式): each kind names the groups its pattern must give.
 * The items a kind reads are in {@link ExtractionRules}.
 */
enum RuleKind {
  /** The report's title: its year, its department and what it evaluates, where printed. */
  TITLE,
  /** A cover's field, 项目名称：…: its value. */
  FIELD("value"),
  /** An amount of money: the amount as written and its unit (元, 万元, 亿元). */
  MONEY("amount", "unit"),
  /** A rate in percent: the rate, and for a stated figure its name. */
  RATE("rate"),
  /** A self-score: the points. */
  SCORE("score"),
  /** A grade: its word (优秀, 良). */
  GRADE("grade"),
  /** A rate with both its parts: 184 raised, 169 solved, 92 %. */
  RATIO("subject", "denominator", "numerator", "unit", "rateName", "rate"),
  /** Both parts and no rate: 102 raised, 89 solved. */
  PARTS("subject", "denominator", "numerator", "unit", "verb"),
  /** All of a count done: 100 proposals, all answered. */
  ALL_DONE("subject", "count", "unit", "verb"),
  /** A narrative claim: the words matched. */
  CLAIM,
  /** A list's item marks (一是, (一), 1.) in a section. */
  LIST_NUMBERED,
  /** A list run together after a lead (如：A、B、C等). */
  LIST_ENUMERATED("list"),
  /** A section's sentences, one item each. */
  LIST_SENTENCES,
  /** The lead of a list of duties (其主要职责有：), naming the organ. */
  DUTIES,
  /** A duty's number (1. or 1、), counted 1, 2, 3 in order. */
  DUTY_MARK("n"),
  /** Organisational units counted and named (设4个专门委员会，分别是…). */
  UNITS("count", "category", "names"),
  /** Organisational units counted and not named (内设6个科室). */
  UNIT_COUNT("count", "category"),
  /** A count of staff (编制数30名). */
  STAFF("count");

  private final List<String> groups;

  RuleKind(String... groups) {
    this.groups = List.of(groups);
  }

  /** The named groups a rule of this kind must have. */
  List<String> groups() {
    return groups;
  }

  /** Whether a rule of this kind reads a sentence (the others read a section or a list). */
  boolean bySentence() {
    return switch (this) {
      case LIST_NUMBERED, LIST_ENUMERATED, LIST_SENTENCES, DUTIES, DUTY_MARK -> false;
      default -> true;
    };
  }
}
