package io.github.jixiao.rules.words;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Joined;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.GradeBand;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.ProgressCheckpoint;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rulebook sets for the whole table, in words (规则表级设置的文字说明): the years and kinds it
 * applies to, the grade scale, and how the scorer treats the execution line, rounding and
 * deductions under it — as the scorer does, not as a table might print it.
 */
final class SettingsWords {

  private SettingsWords() {}

  /** "2021 年度", "2013–2020 年度", "2020 年度起", "至 2020 年度", "不限年度". */
  static Message years(Rulebook book) {
    if (book.getFirstYear().isPresent() && book.getLastYear().isPresent()) {
      int first = book.getFirstYear().get();
      int last = book.getLastYear().get();
      return first == last ? Message.of("rules.words.years.one", Argument.number("year", first))
          : Message.of("rules.words.years.range", Argument.number("first", first),
              Argument.number("last", last));
    }
    if (book.getFirstYear().isPresent()) {
      return Message.of("rules.words.years.from",
          Argument.number("first", book.getFirstYear().get()));
    }
    return book.getLastYear().map(last -> Message.of("rules.words.years.until",
        Argument.number("last", last))).orElseGet(() -> Message.of("rules.words.years.any"));
  }

  /** "部门整体支出绩效自评", or both kinds. */
  static Message kinds(Rulebook book) {
    return book.getEvaluationKind().map(kind -> Message.of("rules.words.kind",
            Argument.message("kind", Message.label(kind))))
        .orElseGet(() -> Message.of("rules.words.kind.any"));
  }

  /**
   * Best grade first, each from its lower bound to the next one's: "优 90–100，良 80–<90，中
   * 60–<80，差 <60"; a scale of one grade "优 0–100".
   */
  static Message gradeScale(GradeScale scale) {
    List<GradeBand> bands = scale.getBands();
    List<Message> each = new ArrayList<>(bands.size());
    for (int i = bands.size() - 1; i >= 0; i--) {
      Argument grade = Argument.message("grade", Message.label(bands.get(i).getGrade()));
      Argument from = Argument.number("from", plain(bands.get(i).getFrom()));
      boolean top = i == bands.size() - 1;
      if (top && i == 0) {
        each.add(Message.of("rules.words.grade.only", grade));
      } else if (top) {
        each.add(Message.of("rules.words.grade.top", grade, from));
      } else {
        Argument to = Argument.number("to", plain(bands.get(i + 1).getFrom()));
        each.add(i == 0 ? Message.of("rules.words.grade.lowest", grade, to)
            : Message.of("rules.words.grade.band", grade, from, to));
      }
    }
    return Joined.of(Joined.COMMA, each);
  }

  /**
   * The execution line, rounding, deductions, the deductions column and the monitoring lights,
   * in that order.
   */
  static List<Message> settings(Rulebook book) {
    return List.of(execution(book.getExecution()), rounding(book.getRounding()),
        Message.of("rules.words.deductions"),
        Message.of(book.isDeductionsColumn() ? "rules.words.deductions-column.taken"
            : "rules.words.deductions-column.ignored"), monitoring(book.getMonitoring()));
  }

  private static Message monitoring(MonitoringSettings m) {
    List<Message> points = new ArrayList<>();
    for (ProgressCheckpoint p : m.getCheckpoints()) {
      points.add(Message.of("rules.words.monitoring.checkpoint",
          Argument.number("month", p.getMonth()), Argument.number("percent",
              plain(p.getPercent()))));
    }
    Message curve = points.isEmpty() ? Message.of("rules.words.monitoring.linear")
        : Message.of("rules.words.monitoring.checkpoints",
            Argument.message("points", Joined.of(Joined.COMMA, points)));
    return Message.of("rules.words.monitoring", Argument.message("curve", curve),
        Argument.number("yellow", plain(m.getYellowFrom())),
        Argument.number("green", plain(m.getGreenFrom())),
        Argument.number("blue", plain(m.getBlueFrom())),
        Argument.number("budgetYellow", plain(m.getBudgetYellowFrom())),
        Argument.number("budgetGreen", plain(m.getBudgetGreenFrom())));
  }

  private static Message execution(ExecutionSettings execution) {
    return Message.of(execution.isCapped() ? "rules.words.execution.capped"
            : "rules.words.execution.uncapped",
        Argument.text("formula", Formulas.EXECUTION_RATE),
        Argument.message("base", Message.label(execution.getBase())));
  }

  private static Message rounding(RoundingPolicy rounding) {
    Argument mode = Argument.message("mode", Message.label(rounding.getMode()));
    Argument rate = Argument.message("rate", Message.label(rounding.getRateSource()));
    return rounding.getScale() == 0 ? Message.of("rules.words.rounding.whole", mode, rate)
        : Message.of("rules.words.rounding", mode,
            Argument.number("scale", rounding.getScale()), rate);
  }

  /** Without trailing zeros, never in exponent form: 90.00 → 90. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
