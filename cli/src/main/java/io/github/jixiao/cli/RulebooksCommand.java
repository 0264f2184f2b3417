package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.RulebookCatalogue;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jixiao rulebooks}: lists the catalogue of rulebooks (评分办法目录) — the built-in ones
 * and those of {@code --rulebooks DIR} — with each one's id, status (已确认 / 部分确认 / 推定),
 * region, years, kinds of evaluation and title.
 */
@Command(name = "rulebooks", mixinStandardHelpOptions = true)
final class RulebooksCommand extends DocumentCommand {

  @Mixin
  CatalogueOption rulebooks;

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebooks.join(documents)) {
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    RulebookCatalogue catalogue = documents.catalogue();
    if (json) {
      ArrayNode all = JsonReport.array();
      for (RulebookCatalogue.Entry entry : catalogue.entries()) {
        all.add(entry(entry));
      }
      out().lines(JsonReport.write(all));
    } else {
      table(catalogue);
    }
    out().flush();
    return Jixiao.OK;
  }

  private void table(RulebookCatalogue catalogue) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {lang.say("cli.rulebooks.id"), lang.say("cli.rulebooks.status"),
        lang.say("cli.rulebooks.region"), lang.say("cli.rulebooks.years"),
        lang.say("cli.rulebooks.kinds"), lang.say("cli.rulebooks.title")});
    for (Rulebook r : catalogue.all()) {
      rows.add(new String[] {r.getId(), lang.say(Message.label(r.getProvenance().getStatus())),
          r.getRegion().map(g -> lang.say(g.describe()))
              .orElseGet(() -> lang.say("cli.rulebooks.no-region")),
          lang.say(r.describeYears()), kinds(r), r.getTitle()});
    }
    int[] widths = new int[rows.get(0).length - 1];
    for (String[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], Text.width(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        line.append(Text.padRight(row[c], widths[c])).append("  ");
      }
      out().println(line.append(row[widths.length]).toString());
    }
    out().println();
    out().println(lang.say("cli.rulebooks.count", io.github.jixiao.core.message.Argument.number(
        "count", rows.size() - 1)));
  }

  private String kinds(Rulebook r) {
    return r.getEvaluationKind().map(k -> lang.say(Message.label(k)))
        .orElseGet(() -> lang.say(Message.label(EvaluationKind.DEPARTMENT_WIDE)) + "、"
            + lang.say(Message.label(EvaluationKind.PROJECT)));
  }

  private ObjectNode entry(RulebookCatalogue.Entry entry) {
    Rulebook r = entry.rulebook();
    ObjectNode o = JsonReport.object().put("id", r.getId()).put("title", r.getTitle())
        .put("status", r.getProvenance().getStatus().name());
    r.getRegion().ifPresent(g -> {
      ObjectNode region = o.putObject("region").put("level", g.getLevel().name());
      g.getDivisions().forEach(region.putArray("divisions")::add);
    });
    r.getFirstYear().ifPresent(y -> o.put("firstYear", y));
    r.getLastYear().ifPresent(y -> o.put("lastYear", y));
    ArrayNode kinds = o.putArray("kinds");
    for (EvaluationKind k : EvaluationKind.values()) {
      if (r.getEvaluationKind().map(k::equals).orElse(true)) {
        kinds.add(k.name());
      }
    }
    return o.put("origin", entry.origin());
  }
}
