package io.github.jixiao.rules.internal;

import java.util.Collection;
import java.util.List;

/**
 * Bounded lists in findings and explanations (列举上限): a message names the first {@link #SHOWN}
 * items and counts the rest, so no finding or explanation grows with the evaluation (a check report
 * must stay readable by Jixiao's own reader).
 */
public final class Listing {

  /** How many items a message names. */
  public static final int SHOWN = 10;

  /** How many characters of a document's text (a quote, a title) a message echoes. */
  public static final int TEXT = Echo.MAX_PHRASE;

  private Listing() {}

  /**
   * Every id of a registry ({@code proportional, reverse-ratio, …}), joined by ", ": ids are the
   * same in every language, and a message that lists what is registered shows them all, so that
   * the one meant can be found.
   */
  public static String ids(Collection<String> ids) {
    return String.join(", ", ids);
  }

  // en and zh serve the consistency checks' findings until they list with core's
  // Argument.list (issue 13); scoring and explanations no longer use them.

  /** The first {@link #SHOWN} items joined by "; ", then "; and N more". */
  public static String en(List<String> items) {
    String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() <= SHOWN ? shown : shown + "; and " + (items.size() - SHOWN) + " more";
  }

  /** The first {@link #SHOWN} items joined by "；", then "等另外 N 项". */
  public static String zh(List<String> items) {
    String shown = String.join("；", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() <= SHOWN ? shown : shown + "；等另外 " + (items.size() - SHOWN) + " 项";
  }
}
