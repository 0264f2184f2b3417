package io.github.jixiao.rules.check;

import io.github.jixiao.rules.result.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the standard checks on the seed and gives back what each finding says, for {@link
 * RewordingTest}, which loads this class — and Jixiao with it — through a class path of its own.
 * Public, so that a test in another class loader can call it.
 */
public final class RewordingProbe {

  private RewordingProbe() {}

  /** Each of the seed's findings as its code, its English and its Chinese, tab-separated. */
  public static List<String> seedFindings() {
    List<String> said = new ArrayList<>();
    for (Finding f : Checks.standard().run(Fixture.seed().build()).getFindings()) {
      said.add(f.getCode() + "\t" + f.message(Locale.ENGLISH) + "\t"
          + f.message(Locale.SIMPLIFIED_CHINESE));
    }
    return said;
  }
}
