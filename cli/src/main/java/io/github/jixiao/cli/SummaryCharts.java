package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.rules.summary.BatchSummary;
import io.github.jixiao.rules.summary.SummaryUnit;
import java.math.BigDecimal;
import java.util.List;

/**
 * The option objects of the summary's four ECharts charts (汇总图表), made from the summary's JSON
 * figures ({@link SummaryJson}) so that page, workbook and JSON say the same: the grades claimed
 * and computed (bars, with a bar for no grade), claimed against computed totals (a scatter with the
 * diagonal claimed = computed), findings by code (bars) and the execution-rate bins (bars). Plain
 * JSON only — no functions — so the page's one script only hands them over.
 */
final class SummaryCharts {

  private final Lang lang;
  private final ObjectNode figures;

  SummaryCharts(Lang lang, ObjectNode figures) {
    this.lang = lang;
    this.figures = figures;
  }

  ObjectNode grades() {
    ArrayNode categories = JsonReport.array();
    ArrayNode claimed = JsonReport.array();
    ArrayNode computed = JsonReport.array();
    for (JsonNode g : figures.get("grades")) {
      categories.add(g.get("label").asText());
      claimed.add(g.get("claimed").intValue());
      computed.add(g.get("computed").intValue());
    }
    categories.add(lang.say("cli.summary.no-grade"));
    claimed.add(figures.get("withoutClaimedGrade").intValue());
    computed.add(figures.get("withoutComputedGrade").intValue());
    ObjectNode o = bars(categories);
    ArrayNode series = o.putArray("series");
    series.addObject().put("name", lang.say("cli.summary.col.claimed-grade")).put("type", "bar")
        .set("data", claimed);
    series.addObject().put("name", lang.say("cli.summary.col.computed-grade")).put("type", "bar")
        .set("data", computed);
    return o;
  }

  ObjectNode scatter(BatchSummary summary) {
    List<SummaryUnit> both = summary.byInflation();
    BigDecimal low = BigDecimal.ZERO;
    BigDecimal high = BigDecimal.valueOf(100);
    ArrayNode points = JsonReport.array();
    for (SummaryUnit u : both) {
      BigDecimal x = u.claimedTotal().orElseThrow();
      BigDecimal y = u.computedTotal().orElseThrow();
      points.addObject().put("name", u.departmentName()).set("value", SummaryHtml.pair(x, y));
      low = low.min(SummaryHtml.floorTen(x.min(y)));
      high = high.max(SummaryHtml.ceilTen(x.max(y)));
    }
    ObjectNode o = start();
    axis(o.putObject("xAxis"), "cli.summary.col.claimed", low, high);
    axis(o.putObject("yAxis"), "cli.summary.col.computed", low, high);
    ArrayNode series = o.putArray("series");
    series.addObject().put("name", lang.say("cli.summary.units")).put("type", "scatter")
        .set("data", points);
    ArrayNode diagonal = JsonReport.array().add(SummaryHtml.pair(low, low))
        .add(SummaryHtml.pair(high, high));
    series.addObject().put("name", lang.say("cli.summary.diagonal")).put("type", "line")
        .put("showSymbol", false).put("silent", true).set("data", diagonal);
    return o;
  }

  ObjectNode findings() {
    ArrayNode categories = JsonReport.array();
    ArrayNode counts = JsonReport.array();
    for (JsonNode c : figures.get("findingsByCode")) {
      categories.add(c.get("code").asText());
      counts.add(c.get("findings").intValue());
    }
    ObjectNode o = bars(categories);
    o.putArray("series").addObject().put("name", lang.say("cli.summary.col.findings"))
        .put("type", "bar").set("data", counts);
    return o;
  }

  ObjectNode rates() {
    ArrayNode categories = JsonReport.array();
    ArrayNode counts = JsonReport.array();
    for (JsonNode b : figures.get("executionRates")) {
      categories.add(b.get("label").asText());
      counts.add(b.get("units").intValue());
    }
    ObjectNode o = bars(categories);
    ((ObjectNode) o.get("xAxis")).put("name", lang.say("cli.summary.col.bin"));
    o.putArray("series").addObject().put("name", lang.say("cli.summary.units"))
        .put("type", "bar").set("data", counts);
    return o;
  }

  private static ObjectNode bars(ArrayNode categories) {
    ObjectNode o = start();
    o.putObject("xAxis").put("type", "category").set("data", categories);
    o.putObject("yAxis").put("type", "value").put("minInterval", 1);
    return o;
  }

  /** Tooltip, legend, and the page's font stack: ECharts draws its own text on a canvas. */
  private static ObjectNode start() {
    ObjectNode o = JsonReport.object();
    o.putObject("textStyle").put("fontFamily", SummaryHtml.FONTS);
    o.putObject("tooltip");
    o.putObject("legend");
    return o;
  }

  private void axis(ObjectNode axis, String name, BigDecimal low, BigDecimal high) {
    axis.put("type", "value").put("name", lang.say(name)).put("min", low).put("max", high);
  }
}
