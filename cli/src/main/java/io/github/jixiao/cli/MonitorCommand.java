package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.monitoring.BudgetLight;
import io.github.jixiao.rules.monitoring.IndicatorLight;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao monitor FILE…}: the lights (信号灯) of mid-year monitoring reports (绩效运行监控) —
 * per indicator its target, current value, ratio to time progress and light, the project's light
 * (the worst of its indicators') and the budget's — and the report's own findings (JX-901 to
 * JX-903). The thresholds are those of the rulebook {@code --rulebook} names, else the one the
 * report names, else the vendor systems' (60 / 80 / 120, linear). Lights are in colour on a
 * terminal only; {@code --json} gives the same as JSON. Exit 1 when a finding is an error.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true)
final class MonitorCommand extends BatchCommand {

  @Option(names = "--rulebook", paramLabel = "${bundle:cli.label.rulebook}",
      descriptionKey = "cli.option.monitor-rulebook")
  String rulebook;

  private Optional<Rulebook> given = Optional.empty();

  MonitorCommand() {
    super(Message.of("cli.done.monitored"));
  }

  @Override
  boolean prepare() {
    if (rulebook == null) {
      return true;
    }
    given = documents.rulebook(rulebook);
    return given.isPresent();
  }

  @Override
  Done process(Path file) {
    MonitoringReport report = JixiaoJson.standard().read(DocumentType.MONITORING, file);
    Optional<Rulebook> book = given.or(() -> report.getRulebook().map(this::named));
    MonitoringSettings settings = book.map(Rulebook::getMonitoring)
        .orElse(MonitoringSettings.standard());
    MonitoringCard card = MonitoringLights.of(report, settings);
    Message source = book.map(b -> Message.of("cli.monitor.settings-rulebook",
        Argument.text("id", b.getId()))).orElse(Message.of("cli.monitor.settings-default"));
    if (json) {
      return new Done(Optional.of(json(file, report, card, book, source)),
          Optional.of(card.findings()));
    }
    out().println(lang.say("cli.monitor.title", Argument.text("file", file.toString()),
        Argument.text("unit", report.getProject().orElse(report.getDepartmentName())),
        Argument.number("year", report.getFiscalYear()),
        Argument.number("month", report.getMonth()),
        Argument.number("progress", card.progress().percent()),
        Argument.message("settings", source)));
    out().flush();
    // the lights' colours go to the unescaped stream: the table escaped every cell itself
    PrintWriter raw = spec.commandLine().getOut();
    for (String line : new MonitorTable(lang, interactive).lines(card, verbose)) {
      raw.println(line);
    }
    raw.flush();
    new TextReport(out(), lang).findings(card.findings(), verbose);
    out().println();
    return new Done(Optional.empty(), Optional.of(card.findings()));
  }

  private Rulebook named(String id) {
    return documents.catalogue().byId(id).orElseThrow(() -> new Unusable(Unusable.RULEBOOK,
        "$.rulebook", Message.of("cli.monitor.unknown-rulebook", Argument.text("id", id),
            Argument.text("option", "--rulebook"))));
  }

  private ObjectNode json(Path file, MonitoringReport report, MonitoringCard card,
      Optional<Rulebook> book, Message source) {
    ObjectNode o = JsonReport.object().put("file", file.toString())
        .put("departmentCode", report.getDepartmentCode()).put("fiscalYear",
            report.getFiscalYear()).put("month", card.month())
        .put("timeProgress", card.progress().percent());
    book.ifPresent(b -> o.put("rulebook", b.getId()));
    o.put("settings", lang.say(source));
    ArrayNode rows = o.putArray("indicators");
    for (IndicatorLight r : card.rows()) {
      ObjectNode n = rows.addObject().put("code", r.code()).put("name", r.name())
          .put("path", r.path()).put("comparison", r.comparison());
      r.target().ifPresent(t -> n.put("target", t));
      r.current().ifPresent(c -> n.put("current", c));
      r.ratio().ifPresent(v -> n.put("ratio", v));
      r.light().ifPresent(l -> n.put("light", l.name()));
      n.put("explanation", lang.say(r.explanation()));
    }
    card.projectLight().ifPresent(l -> o.put("projectLight", l.name()));
    BudgetLight b = card.budget();
    ObjectNode budget = o.putObject("budget").put("fullYear", b.fullYear())
        .put("executed", b.executed());
    b.rate().ifPresent(r -> budget.put("rate", r));
    b.ratio().ifPresent(v -> budget.put("ratio", v));
    b.light().ifPresent(l -> budget.put("light", l.name()));
    budget.put("explanation", lang.say(b.explanation()));
    o.setAll(new JsonReport(lang).report(card.findings()));
    return o;
  }
}
