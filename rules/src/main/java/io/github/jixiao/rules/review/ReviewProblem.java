package io.github.jixiao.rules.review;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;

/**
 * A problem of the review itself (复核问题), the reviewers' own standard 14 (lifecycle.md §4): a
 * deduction with no reason, a reason saying there is no evidence while points remain, a stated
 * share of the weight that is not the points taken, a blank review score, a score outside [0,
 * weight], a row for an indicator the evaluation does not have, a review of another unit or year,
 * a stated total that is not the sum of the scores (JX-701 to JX-708).
 *
 * @param code the stable code, {@code JX-701} …
 * @param severity how serious
 * @param path the JSON path in the review document ({@code $.entries[2].reason})
 * @param message what is wrong, in both languages
 */
public record ReviewProblem(String code, Severity severity, String path, Message message) {

  /** The message in {@code locale}'s language. */
  public String message(Locale locale) {
    return message.render(locale);
  }
}
