/**
 * Bean Validation constraints of the Jixiao domain (校验约束): amounts of money, points, measured
 * values and optional text. They compose the standard Jakarta constraints and carry messages in
 * English and Chinese.
 */
package io.github.jixiao.core.constraint;
