package io.github.jixiao.examples;

import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.monitoring.IndicatorLight;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lighting a mid-year monitoring report (绩效运行监控信号灯) through the API: read the JSON
 * document, take the monitoring settings of the rulebook it names (the vendor systems' defaults
 * when it names none), light it, and print every row's light with why, the project's light, the
 * budget's, and the report's own findings.
 *
 * <pre>{@code
 * java io.github.jixiao.examples.LightAMonitoringReport examples/baiyun-2021/monitoring-2021-07.json
 * }</pre>
 */
public final class LightAMonitoringReport {

  private LightAMonitoringReport() {}

  /** Lights the report in {@code args[0]} (default: the Baiyun July report) and prints it. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0]
        : "examples/baiyun-2021/monitoring-2021-07.json");
    print(light(file), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** The lights of the report in {@code file}, under the built-in rulebook it names, if any. */
  public static MonitoringCard light(Path file) {
    MonitoringReport report = JixiaoJson.standard().read(DocumentType.MONITORING, file);
    MonitoringSettings settings = report.getRulebook().flatMap(Rulebooks::byId)
        .map(Rulebook::getMonitoring).orElse(MonitoringSettings.standard());
    return MonitoringLights.of(report, settings);
  }

  /** Prints one line per row, the project's and the budget's light, and the findings. */
  public static void print(MonitoringCard card, PrintStream out) {
    out.println(card.month() + " 月，序时进度 " + card.progress().percent().toPlainString() + "%");
    for (IndicatorLight row : card.rows()) {
      out.println(row.code() + "  " + row.name() + "  "
          + row.light().map(Enum::name).orElse("—") + "  "
          + row.explanation(Locale.SIMPLIFIED_CHINESE));
    }
    out.println("项目信号灯 " + card.projectLight().map(Enum::name).orElse("—"));
    out.println(card.budget().explanation(Locale.SIMPLIFIED_CHINESE));
    for (Finding f : card.findings().getFindings()) {
      out.println(f.getCode() + "  " + f.getPath() + "  " + f.message(Locale.SIMPLIFIED_CHINESE));
    }
  }
}
