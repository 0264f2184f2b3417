package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.Grade;
import io.github.jixiao.rules.summary.BatchSummary;
import io.github.jixiao.rules.summary.BinCount;
import io.github.jixiao.rules.summary.CodeCount;
import io.github.jixiao.rules.summary.GradeCount;
import io.github.jixiao.rules.summary.SummaryUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The batch summary as JSON (批量汇总的 JSON), {@code "format": "jixiao/batch-summary/1"}: the
 * figures of {@link BatchSummary}, decimals as JSON numbers written exactly as the model holds
 * them (never through {@code double}), grades and severities by constant with their label in the
 * run's language, absent values left out. The HTML page's tables and charts are made from the
 * same nodes.
 */
final class SummaryJson {

  static final String FORMAT = "jixiao/batch-summary/1";

  private final Lang lang;

  SummaryJson(Lang lang) {
    this.lang = lang;
  }

  ObjectNode of(BatchSummary summary) {
    ObjectNode o = JsonReport.object().put("format", FORMAT)
        .put("count", summary.units().size());
    decimal(o, "meanClaimed", summary.meanClaimed());
    decimal(o, "meanComputed", summary.meanComputed());
    decimal(o, "meanInflation", summary.meanInflation());
    o.set("units", units(summary.units()));
    o.set("byInflation", ranking(summary.byInflation()));
    o.set("grades", grades(summary.grades()));
    o.put("withoutClaimedGrade", summary.withoutClaimedGrade())
        .put("withoutComputedGrade", summary.withoutComputedGrade());
    o.set("findingsByCode", codes(summary.findingsByCode()));
    o.set("executionRates", bins(summary.executionRates()));
    o.put("withoutExecutionRate", summary.withoutExecutionRate());
    return o;
  }

  ArrayNode units(List<SummaryUnit> units) {
    ArrayNode a = JsonReport.array();
    for (SummaryUnit u : units) {
      ObjectNode o = a.addObject().put("file", u.file()).put("departmentCode", u.departmentCode())
          .put("department", u.departmentName());
      u.title().ifPresent(t -> o.put("title", t));
      decimal(o, "claimedTotal", u.claimedTotal());
      decimal(o, "computedTotal", u.computedTotal());
      decimal(o, "inflation", u.inflation());
      grade(o, "claimedGrade", u.claimedGrade());
      grade(o, "computedGrade", u.computedGrade());
      decimal(o, "executionRate", u.executionRate());
      u.rateBin().ifPresent(b -> o.put("rateBin", b.name()));
      o.put("errors", u.errors()).put("warnings", u.warnings());
    }
    return a;
  }

  ArrayNode ranking(List<SummaryUnit> ranked) {
    ArrayNode a = JsonReport.array();
    int rank = 0;
    for (SummaryUnit u : ranked) {
      ObjectNode o = a.addObject().put("rank", ++rank).put("file", u.file())
          .put("departmentCode", u.departmentCode()).put("department", u.departmentName());
      o.put("claimedTotal", u.claimedTotal().orElseThrow())
          .put("computedTotal", u.computedTotal().orElseThrow())
          .put("inflation", u.inflation().orElseThrow());
    }
    return a;
  }

  ArrayNode grades(List<GradeCount> counts) {
    ArrayNode a = JsonReport.array();
    for (GradeCount c : counts) {
      a.addObject().put("grade", c.grade().name()).put("label", lang.label(c.grade()))
          .put("claimed", c.claimed()).put("computed", c.computed());
    }
    return a;
  }

  ArrayNode codes(List<CodeCount> counts) {
    ArrayNode a = JsonReport.array();
    for (CodeCount c : counts) {
      a.addObject().put("code", c.code()).put("severity", c.severity().name())
          .put("severityLabel", lang.label(c.severity()))
          .put("description", lang.say(c.description()))
          .put("findings", c.findings()).put("units", c.units());
    }
    return a;
  }

  ArrayNode bins(List<BinCount> counts) {
    ArrayNode a = JsonReport.array();
    for (BinCount c : counts) {
      ObjectNode o = a.addObject().put("bin", c.bin().name()).put("label", c.bin().label());
      if (c.bin().from() != null) {
        o.put("from", c.bin().from());
      }
      if (c.bin().below() != null) {
        o.put("below", c.bin().below());
      }
      o.put("units", c.units());
    }
    return a;
  }

  private static void decimal(ObjectNode o, String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> o.put(name, v));
  }

  private void grade(ObjectNode o, String name, Optional<Grade> grade) {
    grade.ifPresent(g -> o.put(name, g.name()).put(name + "Label", lang.label(g)));
  }
}
