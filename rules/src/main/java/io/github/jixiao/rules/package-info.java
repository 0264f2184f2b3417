/**
 * The scoring methodology of performance self-evaluation (绩效评价方法) and the checks of a
 * reviewer (审核): rulebooks, scoring rules, the scorer and consistency checks. See the
 * sub-packages.
 */
package io.github.jixiao.rules;
