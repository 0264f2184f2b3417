package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents piped in (标准输入), for {@code validate -}: one document, or JSON Lines — what
 * {@code score --json} writes, a whole document a line. Read whole, bounded: at most {@link
 * #DOCUMENTS} documents' worth of the per-document limit.
 */
final class StandardInput {

  /** How many documents' worth of bytes standard input may hold. */
  static final int DOCUMENTS = 4;

  private StandardInput() {}

  /**
   * The documents of {@code in} by name: {@code -} for one document; {@code -:1}, {@code -:2} …
   * for JSON Lines (more than one non-blank line, each a whole object on its line), blank lines
   * skipped and numbered as they stand.
   *
   * @throws Unusable if the stream fails or holds more than {@link #DOCUMENTS} × {@code limit}
   *     bytes
   */
  static Map<String, String> documents(InputStream in, long limit) {
    long most = limit * DOCUMENTS;
    byte[] read;
    try {
      read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
    } catch (IOException e) {
      throw new Unusable(Unusable.FILE, null, Message.of("cli.stdin.unreadable",
          Argument.message("reason", FileTrouble.of(e))), e);
    }
    if (read.length > most) {
      throw new Unusable(Unusable.FILE, null, Message.of("cli.stdin.too-long",
          Argument.number("limit", most)));
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(read)).toString();
    } catch (CharacterCodingException e) {
      throw new Unusable(Unusable.FILE, null, Message.of("cli.stdin.not-utf8",
          Argument.text("encoding", "UTF-8")), e);
    }
    String[] lines = text.split("\r?\n", -1);
    Map<String, String> parts = new LinkedHashMap<>();
    int nonBlank = 0;
    boolean everyLineWhole = true;
    for (String line : lines) {
      String t = line.strip();
      if (!t.isEmpty()) {
        nonBlank++;
        everyLineWhole &= t.startsWith("{") && t.endsWith("}");
      }
    }
    if (nonBlank < 2 || !everyLineWhole) {
      parts.put(BatchCommand.STANDARD_INPUT, text);
      return parts;
    }
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        parts.put(BatchCommand.STANDARD_INPUT + ":" + (i + 1), lines[i]);
      }
    }
    return parts;
  }
}
