package io.github.jixiao.report.read;

import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.ReportTable;
import io.github.jixiao.report.ReportText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text report (纯文本报告), .txt or .md: decoded as UTF-8 (a byte-order mark set aside), or, when
 * it is not valid UTF-8, as GB18030 — the encoding of Chinese Windows, which a report saved from
 * Notepad often is — noted on the text; a file that is neither is refused. A Markdown file's
 * heading marks ({@code ##}) give the heading level and are set aside with its quote and list
 * marks and its emphasis; its tables ({@code | a | b |}) are kept as rows.
 */
final class PlainText {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern MD_HEADING =
      Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern MD_QUOTE_OR_ITEM = Pattern.compile("^\\s{0,3}(?:>\\s?|[-*+]\\s+)");
  private static final Pattern MD_RULE = Pattern.compile("^\\s*(?:[-*_]\\s*){3,}$");
  private static final Pattern MD_TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?[\\s:|-]+\\|?\\s*$");

  private PlainText() {}

  static ReportText read(String file, byte[] bytes, boolean markdown) {
    List<Message> notes = new ArrayList<>();
    Decoded decoded = decode(file, bytes, notes);
    String[] raw = decoded.text().split("\r\n|\r|\n", -1);
    List<Line> lines = new ArrayList<>();
    List<ReportTable> tables = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    int paragraphsBefore = 0;
    for (int i = 0; i < raw.length; i++) {
      String text = raw[i];
      OptionalInt level = OptionalInt.empty();
      if (markdown) {
        if (text.strip().startsWith("|")) {
          if (!MD_TABLE_SEPARATOR.matcher(text).matches()) {
            rows.add(cells(text));
          }
          continue;
        }
        if (!rows.isEmpty()) {
          tables.add(new ReportTable(tables.size() + 1, paragraphsBefore, rows));
          rows = new ArrayList<>();
        }
        Matcher heading = MD_HEADING.matcher(text);
        if (heading.matches()) {
          level = OptionalInt.of(heading.group(1).length());
          text = heading.group(2);
        } else if (MD_RULE.matcher(text).matches()) {
          text = "";
        } else {
          text = MD_QUOTE_OR_ITEM.matcher(text).replaceFirst("");
        }
        text = text.replace("**", "").replace("__", "");
      }
      lines.add(new Line(text, null, i + 1, level));
      if (!text.isBlank()) {
        paragraphsBefore++;
      }
    }
    if (!rows.isEmpty()) {
      tables.add(new ReportTable(tables.size() + 1, paragraphsBefore, rows));
    }
    return new ReportText(file, markdown ? ReportFormat.MARKDOWN : ReportFormat.TEXT,
        Optional.of(decoded.encoding()), Optional.empty(), new Paragraphs().joined(lines), tables,
        notes);
  }

  private static List<String> cells(String row) {
    String t = row.strip();
    t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
    List<String> cells = new ArrayList<>();
    for (String cell : t.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private record Decoded(String text, String encoding) {}

  private static Decoded decode(String file, byte[] bytes, List<Message> notes) {
    int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw Refusal.of("report.read.utf16", file, null);
    }
    try {
      return new Decoded(strict(StandardCharsets.UTF_8, bytes, bom), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      try {
        String text = strict(GB18030, bytes, 0);
        notes.add(Message.of("report.read.note.gb18030"));
        return new Decoded(text, "GB18030");
      } catch (CharacterCodingException neither) {
        throw Refusal.of("report.read.encoding", file, neither);
      }
    }
  }

  private static String strict(Charset charset, byte[] bytes, int from)
      throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
    return chars.toString();
  }
}
