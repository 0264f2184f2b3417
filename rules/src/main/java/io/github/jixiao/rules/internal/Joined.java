package io.github.jixiao.rules.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.List;

/**
 * Messages joined into one (并列的提示信息): a band table's bands, a grade scale's grades, each a
 * message, joined as the reader's language joins them ("…，…" or "…, …"). A list argument joins
 * texts only, and a band in words is a message of its own (its level's name is rendered in the
 * reader's language), so the join is a chain of messages, each holding the first item and the
 * rest.
 */
public final class Joined {

  /** Joined by a comma: "，" in Chinese, ", " in English. */
  public static final String COMMA = "rules.words.join.comma";

  /** Joined by a semicolon: "；" in Chinese, "; " in English. */
  public static final String SEMICOLON = "rules.words.join.semicolon";

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
    Message joined = items.get(items.size() - 1);
    for (int i = items.size() - 2; i >= 0; i--) {
      joined = Message.of(separator, Argument.message("first", items.get(i)),
          Argument.message("rest", joined));
    }
    return joined;
  }
}
