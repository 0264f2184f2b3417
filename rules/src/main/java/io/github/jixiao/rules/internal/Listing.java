package io.github.jixiao.rules.internal;

import java.util.Collection;

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
}
