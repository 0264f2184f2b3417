package io.github.jixiao.excel;

import io.github.jixiao.core.message.Message;
import java.util.Locale;
import java.util.Objects;

/**
 * A sheet of a workbook that was not read as a 自评表 (跳过的工作表), and why: a summary sheet
 * (汇总, 目录, 说明, 填表说明), a hidden sheet, or one with no indicator header.
 *
 * @param sheet the sheet's name
 * @param reason why it was skipped, in the bundle of jixiao-excel
 */
public record SkippedSheet(String sheet, Message reason) {

  /** Checks that both are given. */
  public SkippedSheet {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why, in the given language. */
  public String reason(Locale locale) {
    return reason.render(locale);
  }
}
