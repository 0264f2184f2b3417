package io.github.jixiao.rules.summary;

import java.util.Objects;

/**
 * One bar of the execution-rate histogram (执行率分布): a bin and the units whose rate falls in it.
 *
 * @param bin the bin
 * @param units how many units
 */
public record BinCount(RateBin bin, int units) {

  /** Checks the bin is given. */
  public BinCount {
    Objects.requireNonNull(bin, "bin");
  }
}
