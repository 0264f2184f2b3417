package io.github.jixiao.excel.read;

import io.github.jixiao.core.message.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * A sheet of a workbook that was not imported (未导入的工作表) — a summary (汇总, 目录, 填表说明), a
 * hidden sheet, the findings sheet of Jixiao's export, one with no indicator table — and why.
 */
public record SkippedSheet(String sheet, Message reason) {

  /** Both are required. */
  public SkippedSheet {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why, in the language of {@code locale}. */
  public String reason(Locale locale) {
    return reason.render(locale);
  }
}
