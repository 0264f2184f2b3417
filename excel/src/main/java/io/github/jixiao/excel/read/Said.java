package io.github.jixiao.excel.read;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.value.Echo;

/**
 * A cell's text as a message argument (回显): what a unit wrote is data, and may be anything — a
 * whole report pasted into a cell, control characters — so it is shown as core shows a user's
 * value: at most a few dozen characters, control characters escaped.
 */
final class Said {

  private Said() {}

  static Argument text(String name, String value) {
    return Argument.text(name, Echo.text(value));
  }
}
