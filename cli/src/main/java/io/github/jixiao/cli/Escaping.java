package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * The one gate of the command line's output (输出转义): a writer that turns every character a
 * terminal would obey — the C0 controls (carriage return and line feed among them), DEL, the C1
 * controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * and the Unicode line and paragraph separators — into a visible {@code \}{@code u001B}. Titles,
 * names, messages, JSON paths and file names all come from documents or from the file system, so
 * every command writes through it: an escape sequence in a department's name cannot clear the
 * screen, and a carriage return in a field name cannot forge a {@code file:line:col:} line.
 *
 * <p>Only {@link #println()} ends a line. Text of many lines ({@link #lines}) is split at its line
 * breaks first, so the caller says which breaks are its own: the JSON output (whose strings hold
 * no raw line break) and the rendered tables (whose cells have none). Inside a JSON string, the
 * escape is JSON's own, so {@code --json} output stays valid and means the same.
 */
final class Escaping extends PrintWriter {

  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

  Escaping(Writer target) {
    super(target);
  }

  /** {@code s} with every character a terminal would obey written as {@code \}{@code uXXXX}. */
  static String escape(String s) {
    int i = 0;
    while (i < s.length() && !obeyed(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder escaped = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (obeyed(c)) {
        escaped.append(String.format("\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Whether a terminal would act on {@code c} rather than show it. */
  static boolean obeyed(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
  }

  /**
   * Prints {@code text} line by line: its line breaks ({@code \n}, {@code \r\n}) end lines, and
   * a carriage return anywhere else is escaped like any control. A last line break
   * ends the last line; it starts no empty one.
   */
  void lines(String text) {
    int end = text.endsWith("\r\n") ? text.length() - 2
        : text.endsWith("\n") ? text.length() - 1 : text.length();
    String whole = text.substring(0, end);
    for (String line : LINE_BREAK.split(whole, -1)) {
      println(line);
    }
  }

  @Override
  public void write(int c) {
    if (obeyed((char) c)) {
      String escaped = escape(String.valueOf((char) c));
      super.write(escaped, 0, escaped.length());
    } else {
      super.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    write(new String(buf, off, len));
  }

  @Override
  public void write(String s, int off, int len) {
    String escaped = escape(s.substring(off, off + len));
    super.write(escaped, 0, escaped.length());
  }
}
