package io.github.jixiao.report;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of jixiao-report (报告读取提示信息): the refusals of a file that is not a report
 * Jixiao can read, the limits of a hostile one, and the notes of reading and extraction, in the
 * bundle {@code io.github.jixiao.report.messages} ({@code messages.properties} in English, {@code
 * messages_zh.properties} in Chinese), found by {@link java.util.ServiceLoader}. Every key starts
 * with {@code report.}.
 */
public final class ReportMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public ReportMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.report.messages";
  }

  @Override
  public InputStream open(String path) {
    return ReportMessages.class.getResourceAsStream("/" + path);
  }
}
