/** The built-in formulas' implementation; not part of the API. */
package io.github.jixiao.rules.formula.internal;
