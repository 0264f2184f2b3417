package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.rules.summary.BatchSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The batch summary as one HTML page (批量汇总网页) that works offline: the tables written out,
 * the charts drawn by Apache ECharts, whose script ({@link ECharts}) is inlined. Every text from a
 * document is HTML-escaped, and each chart's option is a JSON object in a {@code <script
 * type="application/json" id="chart-…">} block whose {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c} escapes, so no name closes the block; the page's only code reads
 * those blocks and hands them to ECharts. Labels are in the run's language.
 */
final class SummaryHtml {

  /** A CJK face first, so Chinese never falls back to a face without it; Latin follows it. */
  static final String FONTS =
      "\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif";

  private static final String[] CHARTS = {"chart-grades", "chart-scatter", "chart-findings",
      "chart-rates"};

  /** The columns of codes, never broken at a hyphen. */
  private static final Set<String> CODES = Set.of("departmentCode", "code");

  /** The column that links each row to its unit's card. */
  private static final String CARD = "card";

  private final Lang lang;
  private final SummaryJson json;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  /** The link to each unit's rendered card, by the file it was read from; may be empty. */
  private final Map<String, String> cards;

  SummaryHtml(Lang lang, Map<String, String> cards) {
    this.lang = lang;
    this.json = new SummaryJson(lang);
    this.cards = cards;
  }

  String page(BatchSummary summary) {
    ObjectNode figures = json.of(summary);
    String none = lang.say("cli.summary.none");
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.ZH ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(lang.say("cli.summary.title"))).append("</title>\n<style>\n")
        .append("body{font-family:").append(FONTS).append(";font-variant-numeric:tabular-nums;")
        .append("margin:2em;color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;")
        .append("padding:.25em .5em}th,td.n,td.c{white-space:nowrap}td.n{text-align:right}\n")
        .append(".chart{width:900px;height:420px}\n</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(lang.say("cli.summary.title"))).append("</h1>\n<p>")
        .append(escape(lang.say("cli.summary.count",
            Argument.number("count", summary.units().size()),
            text("claimed", summary.meanClaimed(), none),
            text("computed", summary.meanComputed(), none),
            text("inflation", summary.meanInflation(), none)))).append("</p>\n");
    heading("cli.summary.grades", CHARTS[0]);
    table("grades", figures.get("grades"), List.of(column("label", "cli.summary.col.grade"),
        column("claimed", "cli.summary.col.claimed-grade"),
        column("computed", "cli.summary.col.computed-grade")), none);
    heading("cli.summary.scatter", CHARTS[1]);
    html.append("<h2>").append(escape(lang.say("cli.summary.ranking"))).append("</h2>\n");
    table("ranking", figures.get("byInflation"), withCard(List.of(
        column("rank", "cli.summary.col.rank"), column("department", "cli.summary.col.department"),
        column("departmentCode", "cli.summary.col.code"), column("file", "cli.summary.col.file"),
        column("claimedTotal", "cli.summary.col.claimed"),
        column("computedTotal", "cli.summary.col.computed"),
        column("inflation", "cli.summary.col.inflation"))), none);
    heading("cli.summary.findings", CHARTS[2]);
    table("findings", figures.get("findingsByCode"), List.of(
        column("code", "cli.summary.col.finding-code"),
        column("severityLabel", "cli.summary.col.severity"),
        column("description", "cli.summary.col.description"),
        column("findings", "cli.summary.col.findings"), column("units", "cli.summary.col.units")),
        none);
    heading("cli.summary.rates", CHARTS[3]);
    html.append("<p>").append(escape(lang.say("cli.summary.rates.none",
        Argument.number("count", summary.withoutExecutionRate())))).append("</p>\n");
    html.append("<h2>").append(escape(lang.say("cli.summary.units"))).append("</h2>\n");
    table("units", figures.get("units"), withCard(List.of(
        column("department", "cli.summary.col.department"),
        column("departmentCode", "cli.summary.col.code"),
        column("title", "cli.summary.col.title"), column("file", "cli.summary.col.file"),
        column("claimedTotal", "cli.summary.col.claimed"),
        column("computedTotal", "cli.summary.col.computed"),
        column("inflation", "cli.summary.col.inflation"),
        column("claimedGradeLabel", "cli.summary.col.claimed-grade"),
        column("computedGradeLabel", "cli.summary.col.computed-grade"),
        column("executionRate", "cli.summary.col.rate"),
        column("errors", "cli.summary.col.errors"),
        column("warnings", "cli.summary.col.warnings"))), none);
    SummaryCharts charts = new SummaryCharts(lang, figures);
    data(CHARTS[0], charts.grades());
    data(CHARTS[1], charts.scatter(summary));
    data(CHARTS[2], charts.findings());
    data(CHARTS[3], charts.rates());
    html.append("<script>\n").append(ECharts.script()).append("\n</script>\n<script>\n")
        .append("document.querySelectorAll('div.chart').forEach(function(el){")
        .append("var o=JSON.parse(document.getElementById(el.id+'-option').textContent);")
        .append("echarts.init(el).setOption(o);});\n</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private record Column(String field, String label) {}

  private static Column column(String field, String label) {
    return new Column(field, label);
  }

  /** {@code columns} and, when the cards were written, a link to each row's card. */
  private List<Column> withCard(List<Column> columns) {
    if (cards.isEmpty()) {
      return columns;
    }
    List<Column> all = new ArrayList<>(columns);
    all.add(column(CARD, "cli.summary.col.card"));
    return all;
  }

  private void heading(String key, String chart) {
    html.append("<h2>").append(escape(lang.say(key))).append("</h2>\n<div class=\"chart\" id=\"")
        .append(chart).append("\"></div>\n");
  }

  private void table(String id, JsonNode rows, List<Column> columns, String none) {
    html.append("<table id=\"").append(id).append("\">\n<thead><tr>");
    for (Column c : columns) {
      html.append("<th>").append(escape(lang.say(c.label()))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (JsonNode row : rows) {
      html.append("<tr>");
      for (Column c : columns) {
        if (c.field().equals(CARD)) {
          String link = cards.get(row.path("file").asText());
          html.append("<td>").append(link == null ? escape(none) : "<a href=\"" + escape(link)
              + "\">" + escape(lang.say("cli.summary.card")) + "</a>").append("</td>");
          continue;
        }
        JsonNode v = row.get(c.field());
        html.append(v != null && v.isNumber() ? "<td class=\"n\">"
            : CODES.contains(c.field()) ? "<td class=\"c\">" : "<td>")
            .append(escape(v == null ? none : v.isNumber() ? v.decimalValue().toPlainString()
                : v.asText())).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private void data(String chart, ObjectNode option) {
    html.append("<script type=\"application/json\" id=\"").append(chart).append("-option\">")
        .append(inScript(JsonReport.write(option))).append("</script>\n");
  }

  private static Argument text(String name, Optional<BigDecimal> value, String none) {
    return Argument.text(name, value.map(BigDecimal::toPlainString).orElse(none));
  }

  /** {@code text} as HTML text or attribute value. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * JSON safe inside a {@code <script>} block: {@code <}, {@code >} and {@code &} occur only in
   * its strings, where {@code \u003c}, {@code \u003e} and {@code \u0026} mean the same.
   */
  static String inScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** {@code value} rounded down to a multiple of 10. */
  static BigDecimal floorTen(BigDecimal value) {
    return value.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).multiply(BigDecimal.TEN);
  }

  /** {@code value} rounded up to a multiple of 10. */
  static BigDecimal ceilTen(BigDecimal value) {
    return value.divide(BigDecimal.TEN, 0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
  }

  static ArrayNode pair(BigDecimal x, BigDecimal y) {
    return JsonReport.array().add(x).add(y);
  }
}
