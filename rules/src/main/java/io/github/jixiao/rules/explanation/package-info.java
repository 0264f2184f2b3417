/**
 * Explanations (评分说明) as data: a message key with its typed arguments ({@link
 * io.github.jixiao.rules.explanation.Argument}), rendered in Chinese or English only when asked
 * for. The vocabulary that rules, formulas and score cards share; it depends on nothing else in
 * jixiao-rules but its helpers.
 */
@DomainStyle
package io.github.jixiao.rules.explanation;

import io.github.jixiao.core.value.DomainStyle;
