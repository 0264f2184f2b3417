package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
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
      Argument name = phrase("name", figure.getName());
      Argument stated = number("stated", figure.getStatedValue());
      Argument numerator = number("numerator", figure.getNumerator().get());
      Argument denominator = number("denominator", figure.getDenominator().get());
      Optional<Percentage> rate = Percentage.ofRatio(figure.getNumerator().get(),
          figure.getDenominator().get(), figure.getPrecision());
      if (rate.isEmpty()) {
        findings.add(finding(path).expected("N/A").actual(plain(figure.getStatedValue()))
            .message(Message.of("check.stated-rate.not-applicable", name, stated, numerator,
                denominator))
            .build());
      } else if (rate.get().value().compareTo(figure.getStatedValue()) != 0) {
        BigDecimal recomputed = rate.get().value();
        findings.add(finding(path).expected(plain(recomputed))
            .actual(plain(figure.getStatedValue()))
            .message(Message.of("check.stated-rate.differs", name, stated, numerator,
                denominator, number("recomputed", recomputed),
                Argument.number("precision", figure.getPrecision())))
            .build());
      }
    }
    return findings;
  }
}
