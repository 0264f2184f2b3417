package io.github.jixiao.report.extract;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Confidence;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One extraction rule (提取规则), compiled: its id, the item it reads, how, where (the sections
 * of the outline; anywhere when none), what a sentence must hold for the rule to be tried (a
 * quick look before the pattern's slower one), how sure it is there and elsewhere, and what it
 * says of a figure it infers. Its examples and counterexamples are kept for the tests that run
 * them.
 */
record Rule(String id, String item, RuleKind kind, Pattern pattern, Optional<Pattern> requires,
    Set<String> sections,
    Confidence confidence, Optional<Confidence> elsewhere, Optional<ClaimKind> claim,
    Optional<String> assumption, List<Example> examples, List<String> counterexamples) {

  /**
   * How sure the rule is of a match in section {@code part}: its confidence in its sections (or
   * anywhere when it names none), its {@code elsewhere} outside them, or none: it does not apply.
   */
  Optional<Confidence> confidenceIn(String part) {
    if (sections.isEmpty() || sections.contains(part)) {
      return Optional.of(confidence);
    }
    return elsewhere;
  }

  /** Whether {@code normal}, a sentence's normalised text, holds what the rule requires. */
  boolean mayMatch(String normal) {
    return requires.isEmpty() || requires.get().matcher(normal).find();
  }

  /**
   * A text the rule must read, and the words it must read in it.
   *
   * @param text the text
   * @param written the words the match covers
   */
  record Example(String text, String written) {}
}
