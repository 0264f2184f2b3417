/**
 * How the testkit's generators are made (内部实现). Not an API: it changes without notice; use
 * {@link io.github.jixiao.testkit.JixiaoGens} and {@link io.github.jixiao.testkit.InvalidGens}.
 */
package io.github.jixiao.testkit.internal;
