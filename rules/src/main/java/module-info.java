/**
 * jixiao-rules (评分规则): rulebooks (评分办法), the scoring rules and the scorer, formulas and the
 * reviewer's consistency checks (审核), and a rulebook in words (评分办法说明, {@code rules.words}).
 * Exports the vocabulary, the engine and the plug-in points ({@code rules.spi}), not the {@code
 * internal} packages; opens the value packages to Hibernate Validator and Jackson, which reflect
 * on them; loads the providers of the three plug-in kinds.
 */
module io.github.jixiao.rules {
  requires transitive io.github.jixiao.core;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports io.github.jixiao.rules;
  exports io.github.jixiao.rules.check;
  exports io.github.jixiao.rules.declaration;
  exports io.github.jixiao.rules.formula;
  exports io.github.jixiao.rules.lint;
  exports io.github.jixiao.rules.monitoring;
  exports io.github.jixiao.rules.result;
  exports io.github.jixiao.rules.review;
  exports io.github.jixiao.rules.rollup;
  exports io.github.jixiao.rules.rulebook;
  exports io.github.jixiao.rules.scoring;
  exports io.github.jixiao.rules.spi;
  exports io.github.jixiao.rules.summary;
  exports io.github.jixiao.rules.words;

  opens io.github.jixiao.rules.result to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.jixiao.rules.rulebook to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.jixiao.rules.spi to org.hibernate.validator, com.fasterxml.jackson.databind;
  opens io.github.jixiao.rules.words to org.hibernate.validator, com.fasterxml.jackson.databind;

  uses io.github.jixiao.rules.spi.ScoringRuleProvider;
  uses io.github.jixiao.rules.spi.ConsistencyCheckProvider;
  uses io.github.jixiao.rules.spi.FormulaProvider;

  provides io.github.jixiao.core.message.MessageBundleProvider
      with io.github.jixiao.rules.internal.RulesMessages,
          io.github.jixiao.rules.check.internal.CheckMessages;
}
