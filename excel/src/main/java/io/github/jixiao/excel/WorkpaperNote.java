package io.github.jixiao.excel;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a reviewer's workpaper (复核底稿) found beside the review, with its cell: an error
 * where a row could not be read into the review (a row naming no indicator of the evaluation, or
 * several, or a 复核得分 that is no number); a warning where the workpaper disagrees with the
 * evaluation it reviews (自评得分, 自评完成值 or 权重 not the evaluation's: the reviewer may be working
 * from another version of the table) or with itself (偏差 not 自评得分 − 复核得分), or where a value
 * was kept as written (text in a quantitative 复核完成值); an info for every other assumption (a
 * header variant, a hidden row, a formula without a cached value).
 *
 * @param severity how serious: {@link Severity#ERROR} when a row was not read
 * @param cell the cell, {@code 项目1!K5}; empty for the whole sheet
 * @param message what was found, in the bundle of jixiao-excel
 */
public record WorkpaperNote(Severity severity, Optional<String> cell, Message message) {

  /** Checks that everything is given. */
  public WorkpaperNote {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  /** What was found, in {@code locale}'s language. */
  public String message(Locale locale) {
    return message.render(locale);
  }
}
