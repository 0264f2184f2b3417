package io.github.jixiao.rules.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean" (您是否要找): the nearest known name to a misspelt one, if near enough. */
public final class Suggestions {

  // Names longer than this are not compared: no parameter, option or rule id is that long.
  private static final int LONGEST = 64;

  private static final Message NONE = Message.of("rules.suggestion.none");

  private Suggestions() {}

  /** The known name nearest to {@code name}, within a third of its length in edits (at least 1). */
  public static Optional<String> nearest(String name, Collection<String> known) {
    if (name.length() > LONGEST) {
      return Optional.empty();
    }
    int limit = Math.max(1, name.length() / 3);
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : known) {
      if (Math.abs(candidate.length() - name.length()) < bestDistance
          && candidate.length() <= LONGEST) {
        int d = distance(name, candidate);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "; did you mean 'x'?" as a message, to follow the name it corrects — or a message that says
   * nothing, when no known name is near.
   */
  public static Message hint(String name, Collection<String> known) {
    return nearest(name, known).map(s -> Message.of("rules.suggestion.nearest",
        Argument.text("name", Echo.text(s)))).orElse(NONE);
  }

  // Edit distance counting a swap of neighbours as one edit (levle → level), case-insensitive,
  // in three rows rather than a matrix.
  private static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      char ca = Character.toLowerCase(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        char cb = Character.toLowerCase(b.charAt(j - 1));
        int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + (ca == cb ? 0 : 1));
        if (i > 1 && j > 1 && ca == Character.toLowerCase(b.charAt(j - 2))
            && Character.toLowerCase(a.charAt(i - 2)) == cb) {
          d = Math.min(d, beforePrevious[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
