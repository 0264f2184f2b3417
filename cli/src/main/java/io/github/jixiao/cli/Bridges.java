package io.github.jixiao.cli;

import io.github.jixiao.rules.explanation.Argument;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.SkippedCheck;

/**
 * BRIDGE, removed once jixiao-rules carries messages (issue 13): the words of rules' types that
 * have no {@code Message} and no rendering by locale yet on main, picked by language here and
 * nowhere else in the command line. Each method becomes one call of a message's {@code
 * render(locale)}, as the spec names them: {@code CheckCode.description()} and {@code
 * SkippedCheck.getReason()} as messages; an explanation argument as a core {@code Argument}.
 */
final class Bridges {

  private Bridges() {}

  /** What a check code catches, in {@code lang}: {@code code.description().render(locale)}. */
  static String description(CheckCode code, Lang lang) {
    return lang == Lang.ZH ? code.descriptionZh() : code.description();
  }

  /** Why a check was not run, in {@code lang}: {@code skipped.getReason().render(locale)}. */
  static String reason(SkippedCheck skipped, Lang lang) {
    return lang == Lang.ZH ? skipped.getReasonZh() : skipped.getReasonEn();
  }

  /** A text input of a rule, as shown in {@code lang}: {@code input.render(locale)}. */
  static String text(Argument input, Lang lang) {
    return input.shown(lang == Lang.EN);
  }
}
