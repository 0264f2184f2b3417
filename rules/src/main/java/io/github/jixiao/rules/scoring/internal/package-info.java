/**
 * The built-in scoring rules (内置评分规则). Not an API: name them by their type ids, listed in
 * {@link io.github.jixiao.rules.rulebook.BuiltInRules}, and never use these classes directly.
 */
package io.github.jixiao.rules.scoring.internal;
