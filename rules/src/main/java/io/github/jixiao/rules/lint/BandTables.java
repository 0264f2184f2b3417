package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lint of band tables (档次表检查), of the rules {@code bands} and {@code range-bands}: values
 * the rule can be given that lie in no band (below the first band or above the last: the rule
 * refuses them with 0 points), and bands no such value lies in. Gaps and overlaps between bands
 * are refused when the rulebook is built; here the table is known to run without a break from its
 * first band to its last.
 */
final class BandTables {

  private static final String FROM = "from";
  private static final String TO = "to";
  private static final Argument NO_LOWER = Argument.text("from", "−∞");
  private static final Argument NO_UPPER = Argument.text("to", "+∞");

  private BandTables() {}

  /** Whether {@code site} names a band table the lint reads. */
  static boolean banded(RuleSite site) {
    return (site.is(BuiltInRules.BANDS) || site.is(BuiltInRules.RANGE_BANDS))
        && !site.spec().getBands().isEmpty();
  }

  /** Whether some value {@code site}'s rule can be given lies in no band of its table. */
  static boolean leavesOut(RuleSite site) {
    List<Band> bands = site.spec().getBands();
    return site.range().reachesBelow(bands.get(0))
        || bands.get(bands.size() - 1).getTo().isPresent();
  }

  static void check(RuleSite site, Consumer<LintProblem> problems) {
    if (!banded(site)) {
      return;
    }
    List<Band> bands = site.spec().getBands();
    Band first = bands.get(0);
    if (site.range().reachesBelow(first)) {
      boolean fromZero = site.range().notNegative();
      problems.accept(LintProblem.of(LintCode.BANDS_LEAVE_VALUES_OUT, site.at("bands[0]"),
          Message.of("rules.lint.bands.left-out", Argument.message("what", site.what()),
              Argument.text("open", fromZero ? "[" : "("),
              fromZero ? Argument.number("low", BigDecimal.ZERO) : Argument.text("low", "−∞"),
              Argument.number("high", first.getFrom().orElseThrow()),
              Argument.text("close", first.isFromInclusive() ? ")" : "]"),
              Argument.message("fix", fromZero
                  ? Message.of("rules.lint.fix.start-at-zero", Argument.text("field", FROM))
                  : Message.of("rules.lint.fix.unbounded-below", Argument.text("field", FROM))))));
    }
    int lastAt = bands.size() - 1;
    Band last = bands.get(lastAt);
    if (last.getTo().isPresent()) {
      problems.accept(LintProblem.of(LintCode.BANDS_LEAVE_VALUES_OUT,
          site.at("bands[" + lastAt + "]"), Message.of("rules.lint.bands.left-out",
              Argument.message("what", site.what()),
              Argument.text("open", last.isToInclusive() ? "(" : "["),
              Argument.number("low", last.getTo().get()), Argument.text("high", "+∞"),
              Argument.text("close", ")"), Argument.message("fix",
                  Message.of("rules.lint.fix.unbounded-above", Argument.text("field", TO))))));
    }
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      if (!site.range().meets(band)) {
        problems.accept(LintProblem.of(LintCode.BAND_UNREACHABLE, site.at("bands[" + b + "]"),
            Message.of("rules.lint.band.unreachable", Argument.message("what", site.what()),
                Argument.text("open", band.getFrom().isPresent() && band.isFromInclusive()
                    ? "[" : "("),
                band.getFrom().map(f -> Argument.number("from", f)).orElse(NO_LOWER),
                band.getTo().map(t -> Argument.number("to", t)).orElse(NO_UPPER),
                Argument.text("close", band.getTo().isPresent() && band.isToInclusive()
                    ? "]" : ")"))));
      }
    }
  }
}
