package io.github.jixiao.excel.internal;

import io.github.jixiao.core.message.MessageBundleProvider;
import java.io.InputStream;

/**
 * The words of Jixiao's workbook importer (自评表导入提示信息): refusals of a file, of a sheet and of
 * a cell, and the notes an import records, in the bundle {@code
 * io.github.jixiao.excel.read.messages} (English {@code messages.properties}, Chinese {@code
 * messages_zh.properties}), found by {@link java.util.ServiceLoader}. Every key starts with
 * {@code excel.read.}.
 */
public final class ExcelReadMessages implements MessageBundleProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public ExcelReadMessages() {}

  @Override
  public String baseName() {
    return "io.github.jixiao.excel.read.messages";
  }

  @Override
  public InputStream open(String path) {
    return ExcelReadMessages.class.getResourceAsStream("/" + path);
  }
}
