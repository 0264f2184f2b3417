package io.github.jixiao.io;

/**
 * Limits on a document being read (读取限制), against hostile or broken input: a document beyond
 * any of them is refused with a {@link JsonProblem.Kind#LIMIT} problem before it can exhaust memory
 * or the stack. They are passed to Jackson's {@code StreamReadConstraints}; the size is also
 * enforced on streams and files before parsing, so a huge file is never read whole.
 *
 * <p>The document size is in bytes of UTF-8 whichever way the document comes: a stream or file
 * has at most {@code maxDocumentLength} bytes, and a {@code String} at most that many bytes once
 * encoded as UTF-8 (an ASCII character is one byte, a Chinese character three), so the same
 * document is read or refused alike from a string, a stream or a file. The other lengths count
 * characters.
 *
 * <p><b>What Jixiao writes, Jixiao reads.</b> The same limits bound what a {@link JixiaoJson}
 * writes: a document it would refuse to read — a string, field name or number too long, nesting
 * too deep, too many bytes, or a character the reader refuses — is refused at writing with a
 * {@link JsonWriteException}, never written. A score card or check report of a large evaluation
 * can exceed the defaults; to write and read it, raise them on both sides:
 * {@code JixiaoJson.builder().limits(new ReadLimits(64L << 20, 64, 100_000, 100, 1000)).build()}.
 *
 * @param maxDocumentLength the most bytes of a document in UTF-8, from a string, stream or file
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest field name, in characters
 */
public record ReadLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength,
    int maxNumberLength, int maxNameLength) {

  /**
   * The defaults: 16 MiB documents, nesting 64, strings of 100 000 characters (a whole report's
   * narrative is about 25 000), numbers of 100 characters, names of 1000 characters.
   */
  public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 64, 100_000, 100,
      1000);

  /**
   * The deepest nesting a reader may be allowed: the readers walk the tree recursively, and a
   * bound keeps a hostile document from overflowing the stack whatever limits a caller sets.
   */
  public static final int MAX_NESTING_DEPTH = 1000;

  /** Creates limits: each positive, the nesting depth at most {@link #MAX_NESTING_DEPTH}. */
  public ReadLimits {
    if (maxDocumentLength <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0
        || maxNumberLength <= 0 || maxNameLength <= 0) {
      throw new IllegalArgumentException("every read limit must be positive: " + maxDocumentLength
          + ", " + maxNestingDepth + ", " + maxStringLength + ", " + maxNumberLength + ", "
          + maxNameLength);
    }
    if (maxNestingDepth > MAX_NESTING_DEPTH) {
      throw new IllegalArgumentException("maxNestingDepth " + maxNestingDepth + " is above "
          + MAX_NESTING_DEPTH + ": a deeper document could overflow the reader's stack; Jixiao's"
          + " documents nest fewer than 10 levels");
    }
  }
}
