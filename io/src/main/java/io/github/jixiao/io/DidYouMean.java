package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelled one (拼写提示) ({@code fullyear}, {@code exectued} →
 * {@code fullYear}, {@code executed}): the optimal-string-alignment distance, where swapping two
 * neighbouring letters is one edit, ignoring case. Nothing is suggested when no name is close:
 * a wrong guess misleads more than none.
 */
final class DidYouMean {

  private DidYouMean() {}

  /** The hint that names the name meant: {@code did you mean "fullYear"?}. */
  static Message hint(String meant) {
    return Message.of("io.hint.did-you-mean", Argument.text("name", meant));
  }

  /**
   * The candidate closest to {@code given}, if one is within a third of its length (1 to 3). A
   * candidate whose length differs by more than that is not compared at all, so a long name costs
   * nothing; each comparison keeps three rows, never a matrix.
   */
  public static Optional<String> closest(String given, Collection<String> candidates) {
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    String g = null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - given.length()) > allowed) {
        continue;
      }
      if (g == null) {
        g = given.toLowerCase(Locale.ROOT);
      }
      int d = distance(g, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The optimal-string-alignment distance between {@code a} and {@code b}, in three rows. */
  static int distance(String a, String b) {
    int m = b.length();
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] oldest = before;
      before = previous;
      previous = current;
      current = oldest;
    }
    return previous[m];
  }
}
