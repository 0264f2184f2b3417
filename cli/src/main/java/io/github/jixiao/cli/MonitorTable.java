package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.monitoring.BudgetLight;
import io.github.jixiao.rules.monitoring.IndicatorLight;
import io.github.jixiao.rules.monitoring.Light;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lights of a monitoring report as a table (监控信号灯表): per row the code, the indicator, its
 * target with the comparison, the current value, v (its ratio to time progress, %) and the light;
 * then the project's light and the budget's. Every cell is {@link Escaping#escape escaped} here,
 * so that the lines may be written on the unescaped stream: with {@code colour}, each light is
 * wrapped in the terminal's colour codes (red, yellow, green, blue), which only a terminal gets.
 */
final class MonitorTable {

  private static final int[] WIDTHS = {8, 24, 16, 16, 8, 6};
  private static final String RESET = "\u001b[0m";

  private final Lang lang;
  private final boolean colour;

  MonitorTable(Lang lang, boolean colour) {
    this.lang = lang;
    this.colour = colour;
  }

  /** The table's lines, each escaped, the lights coloured when asked; with explanations. */
  List<String> lines(MonitoringCard card, boolean explained) {
    List<String> lines = new ArrayList<>();
    lines.add(row(lang.say("cli.monitor.code"), lang.say("cli.monitor.indicator"),
        lang.say("cli.monitor.target"), lang.say("cli.monitor.current"),
        lang.say("cli.monitor.ratio"), lang.say("cli.monitor.light")));
    for (IndicatorLight r : card.rows()) {
      lines.add(row(r.code(), fit(r.name(), WIDTHS[1]), fit(target(r), WIDTHS[2]),
          fit(r.current().orElse("—"), WIDTHS[3]), percent(r.ratio()), "") + light(r.light()));
      if (explained) {
        lines.add("    " + Escaping.escape(lang.say(r.explanation())));
      }
    }
    lines.add("");
    lines.add(Escaping.escape(lang.say("cli.monitor.project")) + light(card.projectLight()));
    lines.add(budget(card.budget()));
    return lines;
  }

  private String budget(BudgetLight b) {
    if (b.light().isEmpty()) {
      return Escaping.escape(lang.say("cli.monitor.budget-na",
          Argument.number("fullYear", b.fullYear())));
    }
    return Escaping.escape(lang.say("cli.monitor.budget",
        Argument.number("fullYear", b.fullYear()), Argument.number("executed", b.executed()),
        Argument.number("rate", b.rate().orElseThrow()),
        Argument.number("ratio", b.ratio().orElseThrow()))) + light(b.light());
  }

  /** The light's name in the language, coloured on a terminal; "—" for none. */
  private String light(Optional<Light> light) {
    if (light.isEmpty()) {
      return "—";
    }
    String name = lang.say(Message.label(light.get()));
    return colour ? code(light.get()) + name + RESET : name;
  }

  private static String code(Light light) {
    switch (light) {
      case RED:
        return "\u001b[31m";
      case YELLOW:
        return "\u001b[33m";
      case GREEN:
        return "\u001b[32m";
      default:
        return "\u001b[34m";
    }
  }

  /** The target with its comparison, unless the target as written already starts with one. */
  private static String target(IndicatorLight r) {
    if (r.target().isEmpty()) {
      return r.comparison();
    }
    String t = r.target().get();
    boolean written = !t.isEmpty() && !Character.isDigit(t.charAt(0)) && t.charAt(0) != '-';
    return written && !r.comparison().equals("定性") ? t : r.comparison() + " " + t;
  }

  /** {@code s} cut to {@code columns} terminal columns (a CJK character takes two), with "…". */
  static String fit(String s, int columns) {
    if (Text.width(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if (Text.width(b + next) > columns - 1) {
        break;
      }
      b.append(next);
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  private static String percent(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("—");
  }

  // the last cell (the light) is appended by the caller, coloured or not
  private static String row(String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = Escaping.escape(Text.clip(cells[i], 40));
      b.append(i == 4 ? Text.padLeft(cell, WIDTHS[i])
          : i == cells.length - 1 ? cell : Text.padRight(cell, WIDTHS[i]));
      b.append(i == cells.length - 1 ? "" : "  ");
    }
    return b.toString();
  }
}
