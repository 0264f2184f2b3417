package io.github.jixiao.report.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file is by its first bytes (文件类型识别), whatever its name says: a PDF ({@code %PDF-}
 * within the first kilobyte, as the format allows), a zip (a .docx, or a workbook), an OLE2
 * compound file (an old .doc or .xls, or an encrypted Office file), RTF, a web page, binary data
 * (a NUL byte), or text.
 */
enum FileKind {
  PDF, ZIP, OLE2, RTF, HTML, BINARY, TEXT;

  /** How many first bytes are looked at. */
  static final int HEAD = 8192;

  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  static FileKind of(byte[] head) {
    String ascii = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1);
    if (ascii.contains("%PDF-")) {
      return PDF;
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
      return ZIP;
    }
    if (startsWith(head, OLE2_MAGIC)) {
      return OLE2;
    }
    if (ascii.startsWith("{\\rtf")) {
      return RTF;
    }
    String start = ascii.stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.startsWith("<?xml") && start.contains("<html")) {
      return HTML;
    }
    boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
        || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    for (byte b : head) {
      if (b == 0 && !utf16) {
        return BINARY;
      }
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
