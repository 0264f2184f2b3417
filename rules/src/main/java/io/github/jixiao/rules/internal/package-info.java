/**
 * Implementation details of jixiao-rules (内部实现). Not an API: anything here may change in any
 * release; do not use it.
 */
package io.github.jixiao.rules.internal;
