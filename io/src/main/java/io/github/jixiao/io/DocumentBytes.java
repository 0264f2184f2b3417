package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a document (文档字节) read from a stream or file: at most the size limit, then
 * checked to be UTF-8 without a byte-order mark — quickly, for the plain parse, or decoded
 * strictly, placing the first byte that is not.
 */
final class DocumentBytes {

  private final long maxDocumentLength;

  /** Bytes read within a document limit of {@code maxDocumentLength} bytes. */
  DocumentBytes(long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
  }

  /** Records that a document starts with a byte-order mark. */
  static void bom(Problems problems) {
    problems.at(Kind.ENCODING, JsonPath.ROOT, new Location(1, 1), Message.of("io.encoding.bom"),
        Message.of("io.encoding.save-utf8"));
  }

  /**
   * The bytes of {@code in}: at most the size limit.
   *
   * @throws UncheckedIOException if the stream fails, for the caller to say which file
   */
  byte[] of(InputStream in, String source, Argument name) {
    byte[] bytes;
    int cap = cap();
    try {
      bytes = readAtMost(in, cap + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > cap) {
      Problems problems = new Problems();
      problems.at(Kind.LIMIT, JsonPath.ROOT, new Location(1, 1),
          Message.of("io.limit.document", Argument.number("limit", cap)), null);
      throw problems.exception(source, name);
    }
    return bytes;
  }

  /**
   * At most {@code max} bytes of {@code in}, as {@code readNBytes(max)} reads them. A stream that
   * knows how many bytes it has left (a {@code ByteArrayInputStream}, a file) is read straight
   * into an array of that size, without {@code readNBytes}'s 8 kB chunks and final copy.
   */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    int expected = Math.min(Math.max(in.available(), 0), max);
    if (expected == 0) {
      return in.readNBytes(max);
    }
    byte[] bytes = new byte[expected];
    int n = in.readNBytes(bytes, 0, expected);
    if (n < expected) {
      return Arrays.copyOf(bytes, n);
    }
    int next = n == max ? -1 : in.read();
    if (next < 0) {
      return bytes;
    }
    // More than the stream said: the rest as readNBytes reads it.
    byte[] rest = in.readNBytes(max - expected - 1);
    byte[] all = Arrays.copyOf(bytes, expected + 1 + rest.length);
    all[expected] = (byte) next;
    System.arraycopy(rest, 0, all, expected + 1, rest.length);
    return all;
  }

  private int cap() {
    return (int) Math.min(Integer.MAX_VALUE - 16, maxDocumentLength);
  }

  /** The text of {@code bytes} (read by {@link #of}): UTF-8, no byte-order mark. */
  static String decode(byte[] bytes, String source, Argument name) {
    Problems problems = new Problems();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      bom(problems);
      throw problems.exception(source, name);
    }
    // UTF-16 with a byte-order mark, or without one: a NUL beside the first character.
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
        || (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0))) {
      problems.at(Kind.ENCODING, JsonPath.ROOT, new Location(1, 1),
          Message.of("io.encoding.utf16"), Message.of("io.encoding.save-utf8"));
      throw problems.exception(source, name);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      output.flip();
      Location at = endOf(output);
      problems.at(Kind.ENCODING, JsonPath.ROOT, at, Message.of("io.encoding.not-utf8",
          Argument.text("byte", String.format("0x%02X", bytes[input.position()] & 0xFF)),
          Argument.number("offset", input.position())), Message.of("io.encoding.not-utf8.hint"));
      throw problems.exception(source, name);
    }
    output.flip();
    return output.toString();
  }

  private static Location endOf(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(line, column);
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code bytes} are well-formed UTF-8 as the JDK's strict decoder reads it (RFC 3629:
   * no overlong forms, no surrogates, nothing above U+10FFFF), without a byte-order mark and
   * without control characters other than tab, line feed and carriage return, which no valid
   * document has outside a string's escapes. Without NUL bytes Jackson cannot take them for
   * UTF-16 or UTF-32.
   */
  static boolean isPlainUtf8(byte[] bytes) {
    int n = bytes.length;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return false;
    }
    int i = 0;
    while (i < n) {
      // Most bytes are printable ASCII (0x20 to 0x7F): eight at a time while they are, as a long
      // with no byte's high bit set and none below 0x20.
      while (i + 8 <= n) {
        long eight = (long) LONGS.get(bytes, i);
        if (((eight | (eight - 0x2020202020202020L)) & 0x8080808080808080L) != 0) {
          break;
        }
        i += 8;
      }
      if (i >= n) {
        break;
      }
      if (bytes[i] >= 0x20) {
        i++;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b != '\t' && b != '\n' && b != '\r') {
          return false;
        }
        i++;
      } else if (b >= 0xC2 && b <= 0xDF) {
        if (i + 1 >= n || !isContinuation(bytes[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (i + 2 >= n
            || !isContinuation(bytes[i + 1], b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF)
            || !isContinuation(bytes[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (i + 3 >= n
            || !isContinuation(bytes[i + 1], b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF)
            || !isContinuation(bytes[i + 2], 0x80, 0xBF)
            || !isContinuation(bytes[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static boolean isContinuation(byte b, int low, int high) {
    int v = b & 0xFF;
    return v >= low && v <= high;
  }
}
