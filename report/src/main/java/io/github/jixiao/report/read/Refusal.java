package io.github.jixiao.report.read;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.ReportReadException;

/** The refusals of a report file (拒绝读取), each naming the file; the cause kept, never shown. */
final class Refusal {

  private Refusal() {}

  /** The file {@code file} refused for the reason {@code key} ({file} its only argument). */
  static ReportReadException of(String key, String file, Throwable cause) {
    return new ReportReadException(file, Message.of(key, Argument.text("file", file)), cause);
  }

  /** The file {@code file} refused for the reason {@code key} with further arguments. */
  static ReportReadException of(String key, String file, Throwable cause, Argument... more) {
    Argument[] all = new Argument[more.length + 1];
    all[0] = Argument.text("file", file);
    System.arraycopy(more, 0, all, 1, more.length);
    return new ReportReadException(file, Message.of(key, all), cause);
  }
}
