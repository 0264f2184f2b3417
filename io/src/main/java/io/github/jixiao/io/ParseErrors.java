package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.io.JsonProblem.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parse error (解析错误) or an exceeded limit is, in Jixiao's words, English and Chinese: the
 * parser's own message names its internals (features, classes, sources) and is never shown.
 */
final class ParseErrors {

  /** A message and a hint (either may be null), in English and Chinese. */
  record Text(Kind kind, String en, String zh, String hint, String hintZh) {
    /** A syntax error's text. */
    Text(String en, String zh, String hint, String hintZh) {
      this(Kind.SYNTAX, en, zh, hint, hintZh);
    }
  }

  private static final Pattern CODE = Pattern.compile("\\(code (-?\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");

  private ParseErrors() {}

  /** What {@code e}, thrown by the parser, means. */
  static Text of(JsonProcessingException e, ReadLimits limits) {
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(m, limits);
    }
    String character = character(m);
    if (m.contains("end-of-input")) {
      return new Text("not valid JSON: the document ends too early", "不是有效的 JSON：文档提前结束",
          "the document is cut short: a closing } or ] or \" is missing",
          "文档不完整：缺少结尾的 }、] 或 \"");
    }
    if (m.contains("NaN") || m.contains("Infinity")) {
      return new Text("not valid JSON: NaN and Infinity are not numbers in JSON",
          "不是有效的 JSON：NaN 与 Infinity 不是 JSON 数字",
          "JSON has no NaN or Infinity: give a number, or leave the field out",
          "JSON 没有 NaN 或 Infinity：请给出数字，或删去该字段");
    }
    if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
      return new Text("not valid JSON: JSON has no comments", "不是有效的 JSON：JSON 不允许注释",
          "remove the comment", "请删除注释");
    }
    if (m.contains("CTRL-CHAR") || m.contains("Illegal unquoted character")) {
      return new Text("not valid JSON: the control character " + character
          + " must be escaped in a string", "不是有效的 JSON：字符串中的控制字符 " + character + " 必须转义",
          "write a tab as \\t and a line break as \\n", "制表符请写作 \\t，换行请写作 \\n");
    }
    if (m.contains("was expecting double-quote")) {
      return new Text("not valid JSON: expected a field name in double quotes, found " + character,
          "不是有效的 JSON：应为双引号括起的字段名，实际为 " + character,
          "field names are written in double quotes, and there is no comma after the last field",
          "字段名要用双引号括起，最后一个字段后面不能有逗号");
    }
    Matcher token = TOKEN.matcher(m);
    if (m.startsWith("Unrecognized token") && token.find()) {
      String shown = "'" + Echo.of(token.group(1)) + "'";
      return new Text("not valid JSON: unrecognized word " + shown
          + ": expected a string, number, array, object, true, false or null",
          "不是有效的 JSON：无法识别 " + shown + "：应为字符串、数字、数组、对象、true、false 或 null",
          "write text in double quotes", "文本请用双引号括起");
    }
    if (m.contains("close marker")) {
      return new Text("not valid JSON: " + character + " closes nothing open here",
          "不是有效的 JSON：" + character + " 没有对应的开括号", null, null);
    }
    if (m.contains("colon")) {
      return new Text("not valid JSON: expected ':' after the field name, found " + character,
          "不是有效的 JSON：字段名后应为 ':'，实际为 " + character, null, null);
    }
    if (m.contains("comma")) {
      return new Text("not valid JSON: expected ',' or a closing bracket, found " + character,
          "不是有效的 JSON：应为 ',' 或右括号，实际为 " + character, null, null);
    }
    if (m.contains("escape")) {
      return new Text("not valid JSON: " + character + " cannot follow a backslash",
          "不是有效的 JSON：反斜杠后不能是 " + character, "write a backslash as \\\\",
          "反斜杠请写作 \\\\");
    }
    if (m.contains("numeric value") || m.contains("Leading zeroes")) {
      return new Text("not valid JSON: a malformed number", "不是有效的 JSON：数字格式错误",
          "write numbers as 3306.19: no leading zeros, a digit on each side of the point",
          "数字请写作 3306.19：不要前导零，小数点两侧都要有数字");
    }
    if (m.contains("surrogate")) {
      // The parser refuses one in a field name (in a value it is left to the shape checks).
      return new Text(Kind.ENCODING, "a field name has an unpaired surrogate escape (a \\uD800"
          + " to \\uDBFF not followed by \\uDC00 to \\uDFFF, or one of those alone): it is not"
          + " Unicode text and cannot be written as UTF-8", "字段名含不成对的代理项转义：不是有效的 Unicode"
          + " 文本，无法以 UTF-8 写出",
          "write the character itself, or both halves of its surrogate pair (\\uD83D\\uDE00)",
          "请直接写出该字符，或写出代理对的两半（\\uD83D\\uDE00）");
    }
    return new Text("not valid JSON: unexpected " + (character.isEmpty() ? "content" : character),
        "不是有效的 JSON：意外的" + (character.isEmpty() ? "内容" : " " + character), null, null);
  }

  /** The character a parser message names by its code, as {@code '}' (U+007D)}; or "". */
  private static String character(String message) {
    Matcher code = CODE.matcher(message);
    if (!code.find()) {
      return "";
    }
    int c = Integer.parseInt(code.group(1));
    if (c < 0 || c > Character.MAX_CODE_POINT) {
      return "the end of the document";
    }
    String shown = Echo.of(new String(Character.toChars(c)));
    return (c < 0x20 ? "" : "'" + shown + "' ") + String.format("(U+%04X)", c);
  }

  private static Text limit(String m, ReadLimits limits) {
    if (m.contains("nesting")) {
      return new Text("the document nests objects and arrays deeper than the limit of "
          + limits.maxNestingDepth() + " levels", "文档中对象与数组的嵌套深于上限 "
          + limits.maxNestingDepth() + " 层", null, null);
    }
    if (m.startsWith("String")) {
      return new Text("a string is longer than the limit of " + limits.maxStringLength()
          + " characters", "字符串长于上限 " + limits.maxStringLength() + " 个字符", null, null);
    }
    if (m.startsWith("Number")) {
      return new Text("a number is longer than the limit of " + limits.maxNumberLength()
          + " characters", "数字长于上限 " + limits.maxNumberLength() + " 个字符", null, null);
    }
    if (m.startsWith("Name")) {
      return new Text("a field name is longer than the limit of " + limits.maxNameLength()
          + " characters", "字段名长于上限 " + limits.maxNameLength() + " 个字符", null, null);
    }
    return new Text("the document is larger than the limit of " + limits.maxDocumentLength()
        + " bytes", "文档大于上限 " + limits.maxDocumentLength() + " 字节", null, null);
  }
}
