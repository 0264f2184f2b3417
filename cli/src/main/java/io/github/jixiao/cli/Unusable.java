package io.github.jixiao.cli;

import java.util.Optional;

/**
 * Why a document that reads well cannot be done (无法处理): the rulebook it names is not there,
 * the scorer does not know a rule, the file cannot be read. Its message is already in the
 * language of the output.
 */
final class Unusable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of a file that cannot be read, or a name that is no file. */
  static final String FILE = "FILE";
  /** The kind of a rulebook that cannot be found. */
  static final String RULEBOOK = "RULEBOOK";
  /** The kind of a document the scorer refuses. */
  static final String SCORING = "SCORING";

  private final String kind;
  private final String path;

  /**
   * @param kind {@link #FILE}, {@link #RULEBOOK} or {@link #SCORING}
   * @param path the JSON path of what is wrong in the document, or null
   * @param message why, in the language of the output
   */
  Unusable(String kind, String path, String message) {
    super(message);
    this.kind = kind;
    this.path = path;
  }

  String kind() {
    return kind;
  }

  Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
