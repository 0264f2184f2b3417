package io.github.jixiao.report.extract;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;

/** What an item is called when a note names it (提取项名称): 全年预算数, not budget.fullYear. */
final class Items {

  private Items() {}

  /** The argument {item} naming {@code item} in the reader's language. */
  static Argument named(String item) {
    return Argument.message("item", Message.of("report.item." + item));
  }
}
