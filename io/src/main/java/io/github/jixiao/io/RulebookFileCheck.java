package io.github.jixiao.io;

import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks a rulebook document (评分办法文件检查): reads it strictly, and if it builds, verifies and
 * lints it, placing each problem of the rulebook at the line and column of its JSON path in the
 * text read. The text is parsed once more only when there is a problem to place.
 */
final class RulebookFileCheck {

  private static final Comparator<RulebookProblem> IN_FILE_ORDER =
      Comparator.comparingInt(RulebookProblem::line).thenComparingInt(RulebookProblem::column)
          .thenComparing(p -> p.problem());

  private RulebookFileCheck() {}

  /**
   * The check of {@code file}: refused unread unless it is a regular file (a pipe would block),
   * then read and checked as {@link #of(Engine, byte[], String, Scorer, RulebookLint)}.
   *
   * @throws JsonFileException if it is missing, not a regular file, or cannot be read
   */
  static RulebookCheck of(Engine engine, Path file, Scorer scorer, RulebookLint lint) {
    if (!Files.isRegularFile(file)) {
      throw JsonFileException.notARegularFile(file);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = engine.bytes(DocumentType.RULEBOOK, in, file.toString());
    } catch (JsonDocumentException e) {
      return RulebookFileCheck.refused(e, file.toString());
    } catch (IOException e) {
      throw JsonFileException.unreadable(file, e);
    } catch (UncheckedIOException e) {
      throw JsonFileException.unreadable(file, e.getCause());
    }
    return RulebookFileCheck.of(engine, bytes, file.toString(), scorer, lint);
  }

  /** The check of the document of {@code bytes} (UTF-8), read from the file {@code source}. */
  static RulebookCheck of(Engine engine, byte[] bytes, String source, Scorer scorer,
      RulebookLint lint) {
    Rulebook rulebook;
    try {
      rulebook = engine.read(DocumentType.RULEBOOK, bytes, source);
    } catch (JsonDocumentException e) {
      return refused(e, source);
    }
    return linted(engine, rulebook, () -> new String(bytes, StandardCharsets.UTF_8), source,
        scorer, lint);
  }

  /** The check of the document {@code text}. */
  static RulebookCheck of(Engine engine, String text, Scorer scorer, RulebookLint lint) {
    Rulebook rulebook;
    try {
      rulebook = engine.read(DocumentType.RULEBOOK, text, null);
    } catch (JsonDocumentException e) {
      return refused(e, null);
    }
    return linted(engine, rulebook, () -> text, null, scorer, lint);
  }

  private static RulebookCheck linted(Engine engine, Rulebook rulebook, Supplier<String> text,
      String source, Scorer scorer, RulebookLint lint) {
    List<LintProblem> found = lint.check(rulebook, scorer);
    if (found.isEmpty()) {
      return new RulebookCheck(source, List.of(), 0, rulebook);
    }
    List<JsonPath> paths = found.stream().map(p -> JsonPath.ROOT.relative(p.path())).toList();
    Map<JsonPath, Location> places = engine.locate(text.get(), paths);
    List<RulebookProblem> problems = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      LintProblem p = found.get(i);
      Location at = places.get(paths.get(i));
      problems.add(new RulebookProblem(p.code(), p.severity(), new JsonProblem(
          JsonProblem.Kind.INVALID_VALUE, p.path(), at.line(), at.column(), p.message())));
    }
    problems.sort(IN_FILE_ORDER);
    return new RulebookCheck(source, problems, 0, rulebook);
  }

  /** The check of a document that cannot be read, or read and built. */
  static RulebookCheck refused(JsonDocumentException e, String source) {
    return new RulebookCheck(source,
        e.problems().stream().map(RulebookProblem::read).toList(), e.omitted(), null);
  }
}
