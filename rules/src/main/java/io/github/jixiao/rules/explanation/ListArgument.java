package io.github.jixiao.rules.explanation;

import io.github.jixiao.rules.internal.Listing;
import java.util.List;

/**
 * A text argument that lists items (列举参数), bounded as findings are: up to {@link
 * Listing#SHOWN} items it is the items joined, the same in every language; beyond, the first
 * {@link Listing#SHOWN} and a count, in Chinese and in English.
 */
final class ListArgument {

  private ListArgument() {}

  /** The items (each already echoed) joined by {@code separator}, bounded. */
  static Argument of(String name, List<String> items, String separator) {
    if (items.size() <= Listing.SHOWN) {
      return Argument.text(name, String.join(separator, items));
    }
    String shown = String.join(separator, items.subList(0, Listing.SHOWN));
    int more = items.size() - Listing.SHOWN;
    return Argument.text(name, shown + separator + "等另外 " + more + " 项",
        shown + separator + "and " + more + " more");
  }
}
