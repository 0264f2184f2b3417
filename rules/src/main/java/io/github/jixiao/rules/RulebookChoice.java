package io.github.jixiao.rules;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Objects;

/**
 * The rulebook chosen for an evaluation (选用的评分办法) and why: the one the document names, or
 * the most specific one whose region, years and kind of evaluation match. The reason is a message,
 * e.g. "gz-dept-2021：适用地区广东省广州市包含广东省广州市白云区，适用年度 2021–2021 包含 2021 年，
 * 适用于部门整体支出".
 *
 * @param rulebook the rulebook
 * @param named whether the document named it ({@code $.rulebook}) rather than the catalogue chose
 *     it by region and year
 * @param reason why it was chosen
 */
public record RulebookChoice(Rulebook rulebook, boolean named, Message reason) {

  /** Checks that nothing is null. */
  public RulebookChoice {
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(reason, "reason");
  }
}
