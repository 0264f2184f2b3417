package io.github.jixiao.rules.check.internal;

import java.util.List;

/**
 * Bounded lists in findings (列举上限): a message names the first {@link #SHOWN} items and counts the
 * rest, so no finding grows with the evaluation (a check report must stay readable by Jixiao's own
 * reader).
 */
final class Listing {

  /** How many items a message names. */
  static final int SHOWN = 10;

  /** How many characters of a document's text (a quote, a title) a message echoes. */
  static final int TEXT = 60;

  private Listing() {}

  /** The first {@link #SHOWN} items joined by "; ", then "; and N more". */
  static String en(List<String> items) {
    String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() <= SHOWN ? shown : shown + "; and " + (items.size() - SHOWN) + " more";
  }

  /** The first {@link #SHOWN} items joined by "；", then "等另外 N 项". */
  static String zh(List<String> items) {
    String shown = String.join("；", items.subList(0, Math.min(SHOWN, items.size())));
    return items.size() <= SHOWN ? shown : shown + "；等另外 " + (items.size() - SHOWN) + " 项";
  }
}
