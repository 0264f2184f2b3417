package io.github.jixiao.core;

/** The kind of file a report (自评报告) was read from (报告文件格式). */
public enum ReportFormat {
  /** A Word document, .docx (Office Open XML). */
  DOCX("Word 文档"),
  /** A PDF with a text layer. */
  PDF("PDF 文档"),
  /** Plain text, .txt. */
  TEXT("纯文本"),
  /** Markdown, .md: plain text whose heading and emphasis marks are set aside. */
  MARKDOWN("Markdown 文本");

  private final String label;

  ReportFormat(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code Word 文档}. */
  public String label() {
    return label;
  }
}
