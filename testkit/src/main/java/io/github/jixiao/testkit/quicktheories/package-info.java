/**
 * The adapter from Jixiao's {@link io.github.jixiao.testkit.Gen generators} to QuickTheories
 * (QuickTheories 适配器), with shrinking. This is the only package that uses QuickTheories, which
 * {@code jixiao-testkit} depends on optionally: add {@code org.quicktheories:quicktheories} to your
 * test dependencies to use it.
 */
package io.github.jixiao.testkit.quicktheories;
