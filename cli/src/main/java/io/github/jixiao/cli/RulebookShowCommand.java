package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.words.IndicatorWords;
import io.github.jixiao.rules.words.RulebookDescription;
import io.github.jixiao.rules.words.RulebookWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao rulebook show ID|FILE}: what a rulebook (评分办法) holds, in words — where it comes
 * from and how sure that is, where and when it applies, the indicator tree with weights, each
 * leaf's rule in words ("≤100% → 5；每超 1 个百分点扣 0.5…，扣完为止"), the grade scale, the
 * settings, the weight splits it leaves open, and every assumption, the rulebook's and each
 * indicator's. {@code --json} gives the same for machines.
 */
@Command(name = "show", mixinStandardHelpOptions = true)
final class RulebookShowCommand extends DocumentCommand {

  @Mixin
  CatalogueOption rulebooks;

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  @Parameters(paramLabel = "${bundle:cli.label.rulebook}", descriptionKey = "cli.param.rulebook")
  String rulebook;

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebooks.join(documents)) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    Optional<Rulebook> found = documents.rulebook(rulebook, false, "");
    if (found.isEmpty()) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    Rulebook book = found.get();
    RulebookDescription words = RulebookWords.using(ScoringRules.standard()).describe(book);
    if (json) {
      out().lines(JsonReport.write(new RulebookJson(lang).of(words)));
    } else {
      print(words);
    }
    out().flush();
    return Jixiao.OK;
  }

  private void print(RulebookDescription d) {
    out().println(d.getId() + " " + d.getTitle());
    line("cli.show.source", d.getSource());
    d.getProvenance().getIssuer().ifPresent(v -> line("cli.show.issuer", v));
    d.getProvenance().getDocumentNumber().ifPresent(v -> line("cli.show.document-number", v));
    out().println(lang.say("cli.show.applies", Argument.message("kinds", d.getKindWords()),
        Argument.message("region", d.getRegionWords()),
        Argument.message("years", d.getYearsWords())));
    out().println(lang.say("cli.show.status", Argument.message("status",
        d.getProvenance().getStatusWords())) + d.getProvenance().getNotice()
        .map(n -> lang.say("cli.show.notice", Argument.text("notice", n))).orElse(""));
    line("cli.show.basis", d.getProvenance().getBasis());
    out().println();
    Map<String, List<String>> assumed = table(d.getIndicators());
    out().println();
    out().println(lang.say("cli.show.grades", Argument.message("scale", d.getGradeScale())));
    list("cli.show.settings", d.getSettings());
    list("cli.show.defaults", d.getDefaultRules());
    list("cli.show.splits", d.getSplits());
    out().println();
    out().println(lang.say("cli.show.assumptions"));
    d.getProvenance().getAssumptions().forEach(a -> out().println("  - " + a));
    int n = 1;
    for (Map.Entry<String, List<String>> a : assumed.entrySet()) {
      out().println("  [" + n++ + "] " + String.join(", ", a.getValue()) + ": " + a.getKey());
    }
    if (d.getProvenance().getAssumptions().isEmpty() && assumed.isEmpty()) {
      out().println("  " + lang.say("cli.show.no-assumptions"));
    }
  }

  /** The tree; returns each indicator's assumption with the codes that share it, numbered. */
  private Map<String, List<String>> table(List<IndicatorWords> indicators) {
    Map<String, List<String>> assumed = new LinkedHashMap<>();
    Map<String, Integer> numbers = new java.util.HashMap<>();
    String[] head = {lang.say("cli.card.head.code"), lang.say("cli.card.head.indicator"),
        lang.say("cli.card.head.weight"), lang.say("cli.show.head.rule")};
    List<String[]> rows = new ArrayList<>();
    for (IndicatorWords i : indicators) {
      i.getAssumption().ifPresent(a -> {
        assumed.computeIfAbsent(a, k -> new ArrayList<>()).add(i.getCode());
        numbers.putIfAbsent(a, numbers.size() + 1);
      });
      List<String> said = new ArrayList<>();
      i.getTargetWords().ifPresent(t -> said.add(lang.say(t)));
      i.getRule().ifPresent(r -> said.add(lang.say(r.getWords())));
      i.getNotes().forEach(m -> said.add(lang.say(m)));
      String mark = i.getAssumption().map(a -> " [" + numbers.get(a) + "]").orElse("");
      rows.add(new String[] {i.getCode(), "  ".repeat(i.getLevel() - 1) + i.getName(),
          i.getWeight().map(Text::plain).orElseGet(() -> lang.say(i.getWeightWords())),
          joined(said) + mark});
    }
    int[] width = new int[head.length - 1];
    for (int c = 0; c < width.length; c++) {
      width[c] = Text.width(head[c]);
      for (String[] r : rows) {
        width[c] = Math.max(width[c], Text.width(r[c]));
      }
    }
    out().println(row(head, width));
    rows.forEach(r -> out().println(row(r, width)));
    return assumed;
  }

  /** The pieces said of an indicator, one after another in the language's way. */
  private String joined(List<String> said) {
    String all = said.isEmpty() ? "" : said.get(0);
    for (String next : said.subList(Math.min(1, said.size()), said.size())) {
      all = lang.say("cli.show.then", Argument.text("first", all), Argument.text("then", next));
    }
    return all;
  }

  private static String row(String[] cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      s.append(c == 2 ? Text.padLeft(cells[c], width[c]) : Text.padRight(cells[c], width[c]))
          .append("  ");
    }
    return s.append(cells[width.length]).toString().stripTrailing();
  }

  private void line(String key, String value) {
    out().println(lang.say(key, Argument.text("value", value)));
  }

  private void list(String key, List<Message> items) {
    if (items.isEmpty()) {
      return;
    }
    out().println(lang.say(key));
    items.forEach(m -> out().println("  - " + lang.say(m)));
  }
}
