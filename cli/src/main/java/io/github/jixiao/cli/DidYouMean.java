package io.github.jixiao.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The nearest of some names to a misspelt one (拼写建议), by edit distance: at most a third of the
 * name's length, and never for names far longer than every candidate (the work stays bounded).
 */
final class DidYouMean {

  private DidYouMean() {}

  /** The candidate nearest to {@code name}, if one is near enough to be meant. */
  static Optional<String> nearest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int allowed = Math.max(1, Math.min(name.length(), candidate.length()) / 3);
      if (Math.abs(name.length() - candidate.length()) > allowed) {
        continue;
      }
      int d = distance(name, candidate);
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, with two rows rather than a matrix. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
