/**
 * What users implement to extend Jixiao (扩展接口): their own named {@link
 * io.github.jixiao.rules.spi.Formula formulas} (计算公式) and the providers through which
 * formulas and consistency checks are found by {@link java.util.ServiceLoader}, and the {@link
 * io.github.jixiao.rules.spi.PluginException} a registration that cannot be done throws.
 *
 * <p>One scheme holds for scoring rules, consistency checks and formulas: the standard set
 * ({@code standard()}) is the built-ins only, always usable; {@code with(...)} registers one's
 * own explicitly; {@code withDiscovered()} adds what the class path's providers give — only when
 * asked, so a class path change never silently changes a score. Order is deterministic (built-ins,
 * then providers by priority and class name, then explicit registrations), and an id given twice
 * is refused, naming both sources.
 */
package io.github.jixiao.rules.spi;
