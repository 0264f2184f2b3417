package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.words.IndicatorWords;
import io.github.jixiao.rules.words.ProvenanceWords;
import io.github.jixiao.rules.words.RulebookDescription;
import java.util.List;

/**
 * A rulebook in words as JSON (评分办法说明的 JSON), {@code jixiao rulebook show --json}: the
 * description's data as it is (codes, weights, rule types) and its words rendered in the language
 * asked for.
 */
final class RulebookJson {

  private final Lang lang;

  RulebookJson(Lang lang) {
    this.lang = lang;
  }

  ObjectNode of(RulebookDescription d) {
    ObjectNode o = JsonReport.object().put("id", d.getId()).put("title", d.getTitle())
        .put("source", d.getSource()).put("kinds", lang.say(d.getKindWords()))
        .put("region", lang.say(d.getRegionWords())).put("years", lang.say(d.getYearsWords()));
    d.getFirstYear().ifPresent(y -> o.put("firstYear", y));
    d.getLastYear().ifPresent(y -> o.put("lastYear", y));
    o.set("provenance", provenance(d.getProvenance()));
    ArrayNode indicators = o.putArray("indicators");
    d.getIndicators().forEach(i -> indicators.add(indicator(i)));
    o.put("gradeScale", lang.say(d.getGradeScale()));
    o.set("settings", said(d.getSettings()));
    o.set("defaultRules", said(d.getDefaultRules()));
    o.set("splits", said(d.getSplits()));
    return o;
  }

  private ObjectNode provenance(ProvenanceWords p) {
    ObjectNode o = JsonReport.object().put("status", p.getStatus().name())
        .put("statusWords", lang.say(p.getStatusWords())).put("basis", p.getBasis());
    p.getIssuer().ifPresent(v -> o.put("issuer", v));
    p.getDocumentNumber().ifPresent(v -> o.put("documentNumber", v));
    p.getNotice().ifPresent(v -> o.put("notice", v));
    p.getAssumptions().forEach(o.putArray("assumptions")::add);
    return o;
  }

  private ObjectNode indicator(IndicatorWords i) {
    ObjectNode o = JsonReport.object().put("code", i.getCode()).put("name", i.getName())
        .put("level", i.getLevel());
    i.getWeight().ifPresent(w -> o.put("weight", w));
    o.put("weightWords", lang.say(i.getWeightWords())).put("open", i.isOpen())
        .put("leaf", i.isLeaf());
    i.getTargetWords().ifPresent(t -> o.put("target", lang.say(t)));
    i.getFormula().ifPresent(f -> o.put("formula", f));
    i.getRule().ifPresent(r -> o.put("ruleType", r.getSpec().getType())
        .put("ruleOrigin", r.getOrigin().name()).put("rule", lang.say(r.getWords())));
    o.set("notes", said(i.getNotes()));
    i.getAssumption().ifPresent(a -> o.put("assumption", a));
    return o;
  }

  private ArrayNode said(List<Message> messages) {
    ArrayNode a = JsonReport.array();
    messages.forEach(m -> a.add(lang.say(m)));
    return a;
  }
}
