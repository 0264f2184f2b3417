/**
 * Implementation details of plug-in discovery (扩展发现, 内部实现): the one path by which the
 * registries of rules, checks and formulas load providers. Not an API: anything here may change in
 * any release; do not use it.
 */
package io.github.jixiao.rules.spi.internal;
