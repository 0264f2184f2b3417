/**
 * Implementation details of {@code jixiao-core}. Not part of the API: do not use from outside
 * Jixiao; anything here may change in any release.
 */
package io.github.jixiao.core.internal;
