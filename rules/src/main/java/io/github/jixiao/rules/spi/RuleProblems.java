package io.github.jixiao.rules.spi;

/**
 * Where a rule reports what is wrong with its parameters (参数问题) when a rulebook is prepared for
 * scoring ({@link ScoringRule#check}; for the built-in rules, when it is built, too): each problem
 * names the parameter ({@code params.step}, {@code bands[2]}) and says what is wrong and
 * how to fix it, in English and in Chinese.
 */
@FunctionalInterface
public interface RuleProblems {

  /**
   * Reports one problem.
   *
   * @param where the parameter, relative to the rule spec, e.g. {@code params.step}
   * @param message what is wrong and the fix, in English
   * @param messageZh the same, in Chinese
   */
  void add(String where, String message, String messageZh);
}
