package io.github.jixiao.rules.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages joined into one (并列的提示信息): a band table's bands, a grade scale's grades, each a
 * message, joined as the reader's language joins them ("…，…" or "…, …"). A list argument joins
 * texts only, and a band in words is a message of its own (its level's name is rendered in the
 * reader's language), so the join is a message of up to {@value #FAN_OUT} messages, and longer
 * lists a tree of such joins: the nesting grows as log₈ of the count, so that a table of hundreds
 * of bands stays well inside the depth to which messages are rendered.
 */
public final class Joined {

  /** Joined by a comma: "，" in Chinese, ", " in English; keys {@code …comma.2} to {@code .8}. */
  public static final String COMMA = "rules.words.join.comma.";

  /** Joined by a semicolon: "；" in Chinese, "; " in English; keys {@code .2} to {@code .8}. */
  public static final String SEMICOLON = "rules.words.join.semicolon.";

  /** The most messages one join holds. */
  static final int FAN_OUT = 8;

  private Joined() {}

  /**
   * {@code items} joined by {@code separator} ({@link #COMMA} or {@link #SEMICOLON}), in order;
   * one item is itself. Never empty.
   *
   * @throws IllegalArgumentException if there is no item
   */
  public static Message of(String separator, List<Message> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to join");
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    if (items.size() <= FAN_OUT) {
      Argument[] each = new Argument[items.size()];
      for (int i = 0; i < each.length; i++) {
        each[i] = Argument.message("i" + i, items.get(i));
      }
      return Message.of(separator + items.size(), each);
    }
    int chunk = (items.size() + FAN_OUT - 1) / FAN_OUT;
    List<Message> joined = new ArrayList<>();
    for (int from = 0; from < items.size(); from += chunk) {
      joined.add(of(separator, items.subList(from, Math.min(items.size(), from + chunk))));
    }
    return of(separator, joined);
  }
}
