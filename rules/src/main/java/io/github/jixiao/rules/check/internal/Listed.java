package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded list of messages in a finding (列举): the first {@value #SHOWN} items kept and joined
 * as the language joins them ({@code check.list.3}: "a; b; c", "a；b；c"), the rest only counted
 * ({@code check.list.more}: "…; and 9991 more", "…；等另外 9991 项"), so that no finding grows with
 * the evaluation (issue 11, defect 13). Flat: the items are arguments {@code item1} to {@code
 * item10} of one message, which a reader of the JSON finds without walking a tree.
 */
final class Listed {

  /** How many items a finding names. */
  static final int SHOWN = 10;

  /** The key joining n items, at index n; literals, so that the bundle audit sees each used. */
  private static final String[] JOINED = {null, null, "check.list.2", "check.list.3",
      "check.list.4", "check.list.5", "check.list.6", "check.list.7", "check.list.8",
      "check.list.9", "check.list.10"};

  private final List<Message> items = new ArrayList<>();
  private long more;

  /** Adds an item: kept if fewer than {@value #SHOWN} are, else counted. */
  void add(Message item) {
    if (items.size() < SHOWN) {
      items.add(item);
    } else {
      more++;
    }
  }

  /** Whether nothing was added. */
  boolean isEmpty() {
    return items.isEmpty();
  }

  /** How many items were added, kept or counted. */
  long size() {
    return items.size() + more;
  }

  /** The items as one message; the list must not be empty. */
  Message message() {
    Message joined;
    if (items.size() == 1) {
      joined = items.get(0);
    } else {
      Argument[] arguments = new Argument[items.size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = Argument.message("item" + (i + 1), items.get(i));
      }
      joined = Message.of(JOINED[items.size()], arguments);
    }
    return more == 0 ? joined : Message.of("check.list.more", Argument.message("shown", joined),
        Argument.number("count", more));
  }
}
