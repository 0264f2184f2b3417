package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-101: a stated rate against its own numerator ÷ denominator, recomputed half up at the
 * precision it was stated with. The seed's 92 % from 169 ÷ 184 (91.847… %) holds at whole
 * percents; stated as 92.00 % it does not (91.85). A zero denominator makes the rate N/A, so a
 * number stated for it is a finding.
 */
final class StatedRateCheck extends StandardCheck {

  StatedRateCheck() {
    super(CheckCode.STATED_RATE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<StatedFigure> figures = context.evaluation().getStatedFigures();
    for (int i = 0; i < figures.size(); i++) {
      StatedFigure figure = figures.get(i);
      if (figure.getKind() != FigureKind.RATE || figure.getNumerator().isEmpty()
          || figure.getDenominator().isEmpty()) {
        continue;
      }
      String path = "$.statedFigures[" + i + "].statedValue";
      String name = Echo.phrase(figure.getName());
      String ratio = plain(figure.getNumerator().get()) + " ÷ "
          + plain(figure.getDenominator().get());
      Optional<Percentage> rate = Percentage.ofRatio(figure.getNumerator().get(),
          figure.getDenominator().get(), figure.getPrecision());
      if (rate.isEmpty()) {
        findings.add(finding(path).expected("N/A").actual(plain(figure.getStatedValue()))
            .messageEn("'" + name + "' is stated as " + plain(figure.getStatedValue())
                + "% but comes from " + ratio + ": a rate whose denominator is zero does not"
                + " apply (N/A)")
            .messageZh("“" + name + "”表述为 " + plain(figure.getStatedValue())
                + "%，但其来源为 " + ratio + "：分母为零的比率不适用")
            .build());
      } else if (rate.get().value().compareTo(figure.getStatedValue()) != 0) {
        String recomputed = plain(rate.get().value());
        findings.add(finding(path).expected(recomputed).actual(plain(figure.getStatedValue()))
            .messageEn("'" + name + "' is stated as " + plain(figure.getStatedValue())
                + "% but " + ratio + " is " + recomputed + "% at the stated "
                + figure.getPrecision() + " decimals")
            .messageZh("“" + name + "”表述为 " + plain(figure.getStatedValue())
                + "%，但 " + ratio + " 按表述的 " + figure.getPrecision() + " 位小数计算为 "
                + recomputed + "%")
            .build());
      }
    }
    return findings;
  }
}
