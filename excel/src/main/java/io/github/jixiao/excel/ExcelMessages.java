package io.github.jixiao.excel;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of jixiao-excel (Excel 读写提示信息): the refusals of a file that is not a workbook
 * Jixiao can read, the limits of a hostile one, and the notes of a grid read, in the bundle
 * {@code io.github.jixiao.excel.messages} ({@code messages.properties} in English, {@code
 * messages_zh.properties} in Chinese), found by {@link java.util.ServiceLoader}. Every key starts
 * with {@code excel.}.
 */
public final class ExcelMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public ExcelMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.excel.messages";
  }

  @Override
  public InputStream open(String path) {
    return ExcelMessages.class.getResourceAsStream("/" + path);
  }
}
