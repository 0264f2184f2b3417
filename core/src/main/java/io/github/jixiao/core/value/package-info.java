/**
 * How every Jixiao value (值对象) is built and refused: the one Immutables style ({@link
 * io.github.jixiao.core.value.DomainStyle}), the validation that runs when a value is built
 * ({@link io.github.jixiao.core.value.Validation}: number bounds, Bean Validation constraints and
 * cross-field invariants), what a refusal says ({@link io.github.jixiao.core.value.Violation},
 * {@link io.github.jixiao.core.value.InvalidValueException}), how a user's value is quoted in a
 * message ({@link io.github.jixiao.core.value.Echo}), the bounds on numbers from outside ({@link
 * io.github.jixiao.core.value.Numbers}), the one dialect in which every path a user sees is
 * written ({@link io.github.jixiao.core.value.JsonPaths}: {@code $.budget.executed}), and the root
 * of Jixiao's exceptions ({@link io.github.jixiao.core.message.JixiaoException}).
 *
 * <p>Public so that Jixiao's other modules, and users who write value types of their own in the
 * same style, build them the same way. It depends on nothing else in Jixiao.
 */
package io.github.jixiao.core.value;
