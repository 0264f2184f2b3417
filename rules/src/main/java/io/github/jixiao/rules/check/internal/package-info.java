/**
 * The implementation of the standard consistency checks (审核规则的实现). Not part of the API: use
 * {@link io.github.jixiao.rules.check.Checks} instead; anything here may change without notice.
 */
package io.github.jixiao.rules.check.internal;
