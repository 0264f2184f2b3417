package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Message;

/**
 * Where a rule reports what is wrong with its parameters (参数问题) when a rulebook is prepared for
 * scoring ({@link ScoringRule#check}; for the built-in rules, when it is built, too): each problem
 * names the parameter ({@code params.step}, {@code bands[2]}) and says what is wrong and how to
 * fix it as a {@link Message} — from the rule's own bundle ({@link
 * ScoringRuleProvider#messageBundle()}) or, for quick use, with its own templates ({@link
 * Message#custom}).
 *
 * <pre>{@code
 * problems.add("params.figure", Message.of("example.stated-figure.no-figure"));
 * }</pre>
 */
@FunctionalInterface
public interface RuleProblems {

  /**
   * Reports one problem.
   *
   * @param where the parameter, relative to the rule spec, e.g. {@code params.step}
   * @param message what is wrong and the fix
   */
  void add(String where, Message message);
}
