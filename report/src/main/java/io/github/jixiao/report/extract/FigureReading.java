package io.github.jixiao.report.extract;

import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The narrative's other figures read (表述数据): a rate with both its parts ("群众反映问题有184条，
 * 已解决169条，解决率92%" is 群众反映问题解决率, 92 % stated at precision 0, of 169 / 184); both
 * parts and no rate ("反映问题102个，已解决问题89个": a count of 89 of 102); a count all done
 * ("建议100件均已答复完毕": 100 % of 100 / 100, inferred, so said in the figure's assumption and read
 * at low confidence); a rate alone (服务对象满意度达98.5%). A match that covers words another
 * reading already took — the budget's rate, the self-score — or an earlier figure's is not read
 * again.
 */
final class FigureReading {

  private FigureReading() {}

  static void read(Draft draft, List<Match> matches, List<Match> taken) {
    List<Match> accepted = new ArrayList<>();
    for (Match m : Picks.of(matches, "statedFigure")) {
      boolean overlaps = taken.stream().anyMatch(m::overlaps)
          || accepted.stream().anyMatch(m::overlaps);
      if (!overlaps) {
        accepted.add(m);
      }
    }
    accepted.sort(Comparator.comparing(m -> Source.of(m, "statedFigure"),
        Source::compareByPlace));
    int n = 0;
    for (Match m : accepted) {
      Optional<StatedFigure> figure;
      try {
        figure = figure(m, "stated-" + (n + 1));
      } catch (InvalidValueException invalid) {
        draft.note(Message.of("report.extract.note.invalid",
            Items.named("statedFigure"), Argument.message("problem", invalid.said())));
        figure = Optional.empty();
      }
      if (figure.isPresent()) {
        n++;
        draft.found("statedFigure");
        draft.add(draft.figures, new Draft.Listed<>(figure.get(), Source.of(m, "statedFigure")));
      }
    }
  }

  private static Optional<StatedFigure> figure(Match m, String code) {
    StatedFigure.Builder f = StatedFigure.builder().code(code).quote(m.sentence().text());
    String subject = m.group("subject").map(String::strip).orElse("");
    switch (m.rule().kind()) {
      case RATIO -> {
        BigDecimal rate = Numbers.decimal(m.group("rate").orElseThrow());
        f.name(subject + m.group("rateName").orElseThrow()).kind(FigureKind.RATE)
            .statedValue(rate).unit("%").precision(Math.max(0, rate.scale()))
            .numerator(Numbers.decimal(m.group("numerator").orElseThrow()))
            .denominator(Numbers.decimal(m.group("denominator").orElseThrow()));
      }
      case PARTS -> {
        BigDecimal done = Numbers.decimal(m.group("numerator").orElseThrow());
        f.name(subject + "已" + m.group("verb").orElseThrow() + "数").kind(FigureKind.COUNT)
            .statedValue(done).unit(m.group("unit").orElseThrow()).precision(0)
            .numerator(done).denominator(Numbers.decimal(m.group("denominator").orElseThrow()));
      }
      case ALL_DONE -> {
        BigDecimal count = Numbers.decimal(m.group("count").orElseThrow());
        f.name(subject + m.group("verb").orElseThrow() + "率").kind(FigureKind.RATE)
            .statedValue(new BigDecimal("100")).unit("%").precision(0).numerator(count)
            .denominator(count);
        m.rule().assumption().ifPresent(a -> f.assumption(fill(a, m)));
      }
      case RATE -> {
        BigDecimal rate = Numbers.decimal(m.group("rate").orElseThrow());
        f.name(m.group("name").orElseThrow().strip()).kind(FigureKind.RATE).statedValue(rate)
            .unit("%").precision(Math.max(0, rate.scale()));
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(f.build());
  }

  /** The rule's assumption with the match's groups ({count}, {unit}, {verb}) filled in. */
  private static String fill(String template, Match m) {
    String text = template;
    for (var group : m.groups().entrySet()) {
      text = text.replace("{" + group.getKey() + "}", group.getValue().text());
    }
    return text.replaceAll("\\{[a-zA-Z]+\\}", "");
  }
}
