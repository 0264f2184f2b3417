package io.github.jixiao.excel.write;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of Jixiao's workbook writer (Excel 写出提示信息): templates and score-card workbooks,
 * in the bundle {@code io.github.jixiao.excel.write.messages} (English in {@code
 * messages.properties}, Chinese in {@code messages_zh.properties}), found by {@link
 * java.util.ServiceLoader}. Every key starts with {@code excel.write.}.
 */
public final class ExcelWriteMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public ExcelWriteMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.excel.write.messages";
  }

  @Override
  public InputStream open(String path) {
    return ExcelWriteMessages.class.getResourceAsStream("/" + path);
  }
}
