package io.github.jixiao.cli;

import io.github.jixiao.rules.scoring.ScoringException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Why a document that reads well cannot be done (无法处理): the rulebook it names is not there,
 * the scorer does not know a rule, the file cannot be read — or something went wrong that should
 * not have (an exception escaped from the library, the memory ran out), which is reported the same
 * way, on one line naming the file, never as a stack trace. Its message is already in the language
 * of the output.
 */
final class Unusable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of a file that cannot be read, or a name that is no file. */
  static final String FILE = "FILE";
  /** The kind of a rulebook that cannot be found. */
  static final String RULEBOOK = "RULEBOOK";
  /** The kind of a document the scorer refuses. */
  static final String SCORING = "SCORING";
  /** The kind of a document that needed more memory or stack than the Java VM has. */
  static final String RESOURCES = "RESOURCES";
  /** The kind of a failure of Jixiao itself: an exception it should have turned into words. */
  static final String INTERNAL = "INTERNAL";

  private final String kind;
  private final String path;

  /**
   * @param kind {@link #FILE}, {@link #RULEBOOK}, {@link #SCORING}, {@link #RESOURCES} or {@link
   *     #INTERNAL}
   * @param path the JSON path of what is wrong in the document, or null
   * @param message why, in the language of the output
   */
  Unusable(String kind, String path, String message) {
    super(message);
    this.kind = kind;
    this.path = path;
  }

  /**
   * What {@code e}, thrown while a document was done, means for the user; anything but a document
   * problem ({@link io.github.jixiao.io.JsonDocumentException}, reported problem by problem).
   */
  static Unusable of(Throwable e, Lang lang) {
    if (e instanceof Unusable unusable) {
      return unusable;
    }
    if (e instanceof ScoringException scoring) {
      return new Unusable(SCORING, null,
          lang.pick("无法评分：" + scoring.messageZh(), "cannot score: " + scoring.getMessage()));
    }
    if (e instanceof UncheckedIOException io) {
      return new Unusable(FILE, null,
          lang.pick("无法读取：", "cannot read: ") + FileTrouble.of(io.getCause(), lang));
    }
    if (e instanceof OutOfMemoryError) {
      return new Unusable(RESOURCES, null, lang.pick(
          "无法处理：内存不足（OutOfMemoryError）；可用 java -Xmx 给 Java 更多内存",
          "cannot process: out of memory (OutOfMemoryError); give Java more with java -Xmx"));
    }
    if (e instanceof StackOverflowError) {
      return new Unusable(RESOURCES, null, lang.pick(
          "无法处理：嵌套过深，栈溢出（StackOverflowError）",
          "cannot process: nested too deeply, the stack overflowed (StackOverflowError)"));
    }
    String frame = frame(e);
    return new Unusable(INTERNAL, null, lang.pick(
        "无法处理：Jixiao 内部错误（" + e.getClass().getName()
            + (frame.isEmpty() ? "" : "，位于 " + frame) + "）；请报告此问题",
        "cannot process: an internal error of Jixiao (" + e.getClass().getName()
            + (frame.isEmpty() ? "" : " at " + frame) + "); please report it"));
  }

  /** {@code Class.method(File.java:12)}: the innermost frame of Jixiao's, or empty. */
  private static String frame(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("io.github.jixiao.")) {
        return frame.getClassName() + "." + frame.getMethodName() + "("
            + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  String kind() {
    return kind;
  }

  Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
