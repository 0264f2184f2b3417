/**
 * The implementation of Jixiao's JSON (内部实现): the located tree reader, the shape checker, the
 * mapping of domain violations onto JSON paths, the writer. Not part of the API: users call
 * {@link io.github.jixiao.io.JixiaoJson}; anything here may change without notice.
 */
package io.github.jixiao.io.internal;
