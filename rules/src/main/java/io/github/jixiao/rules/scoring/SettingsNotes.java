package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.List;

/**
 * The card's notes on the rulebook's settings (评分设置说明), so that a reader knows which mode
 * produced its numbers: a rounding other than two decimals half up from the unrounded rate
 * ({@code note.rounding}, {@code note.rounding.whole}), and a deductions column (扣减分数) the
 * rulebook does not take ({@code note.deduction-column-not-taken}). The execution line's notes
 * are {@link ExecutionLine}'s.
 */
final class SettingsNotes {

  /** The name of the rulebook setting that takes a deductions column, as a rulebook writes it. */
  static final String COLUMN_SETTING = "deductionsColumn";

  private SettingsNotes() {}

  /** Adds to {@code notes} what the card must say of {@code rulebook}'s settings, once a card. */
  static void add(Rulebook rulebook, List<Message> notes) {
    RoundingPolicy rounding = rulebook.getRounding();
    if (!rounding.equals(RoundingPolicy.standard())) {
      Argument mode = Argument.message("mode", Message.label(rounding.getMode()));
      Argument rate = Argument.message("rate", Message.label(rounding.getRateSource()));
      notes.add(rounding.getScale() == 0 ? Message.of("note.rounding.whole", mode, rate)
          : Message.of("note.rounding", mode, Argument.number("scale", rounding.getScale()),
              rate));
    }
  }

  /**
   * The note for the 扣减分数 {@code points} of indicator {@code code}, not taken because rulebook
   * {@code rulebook} does not subtract the column.
   */
  static Message columnNotTaken(String code, String name, BigDecimal points, String rulebook) {
    return Message.of("note.deduction-column-not-taken", Argument.text("code", Echo.text(code)),
        Argument.text("name", Echo.phrase(name)), Argument.number("points", points),
        Argument.text("rulebook", Echo.text(rulebook)),
        Argument.text("setting", COLUMN_SETTING));
  }
}
