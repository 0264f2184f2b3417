package io.github.jixiao.report.extract;

import java.util.List;
import java.util.Map;

/** {@code rules.json} as written, before it is checked and compiled ({@link ExtractionRules}). */
record RulesFile(String format, String description, Map<String, String> definitions,
    List<NotFigureEntry> notFigures, Map<String, String> grades,
    Map<String, String> evaluationKinds, List<String> unitSuffixes, List<RuleEntry> rules) {

  /** One rule as written. */
  record RuleEntry(String id, String item, String kind, List<String> sections, String requires,
      String confidence, String elsewhere, String claim, String pattern, String assumption,
      List<Rule.Example> examples, List<String> counterexamples) {}

  /** One kind of text that looks like a figure and is not, as written. */
  record NotFigureEntry(String id, String pattern, List<String> examples) {}
}
