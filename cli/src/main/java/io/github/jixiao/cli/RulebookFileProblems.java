package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.JsonProblem;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What keeps a rulebook file (评分办法文件) given with {@code --rulebook} from being scored by the
 * scorer the command uses, found before any document is scored: a rule type it has not registered,
 * a parameter or option a rule does not declare, a rule's own check. One line each, {@code
 * rulebook.json:55:17: $.indicators[2].rule.type: …}, in the words of {@link Scorer#verify}.
 */
final class RulebookFileProblems {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private RulebookFileProblems() {}

  /**
   * One line for each of the first {@code limit} problems of {@code rulebook}, read from {@code
   * file}, for {@code scorer}, then one that counts the rest; the file is parsed once to place
   * them all.
   */
  static List<String> of(Rulebook rulebook, Path file, Scorer scorer, Lang lang, int limit) {
    List<Violation> problems = scorer.verify(rulebook);
    List<String> lines = new ArrayList<>();
    for (JsonProblem p : placed(problems, file, limit)) {
      lines.add(p.describe(file.toString(), lang.locale()));
    }
    if (problems.size() > limit) {
      lines.add(file + ": " + ProblemLines.more(problems.size() - limit,
          limit < ProblemLines.SHOWN_VERBOSE, lang));
    }
    return lines;
  }

  /**
   * {@code problems} of a rulebook read from {@code file} (as {@link Scorer#verifyKnownRules}
   * finds them) as a document's problems, each at its line and column; empty if there are none.
   * At most {@link ProblemLines#SHOWN_VERBOSE} are placed and listed, the rest counted.
   */
  static Optional<JsonDocumentException> asDocumentProblems(List<Violation> problems,
      Path file) {
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    List<JsonProblem> listed = placed(problems, file, ProblemLines.SHOWN_VERBOSE);
    return Optional.of(new JsonDocumentException(file.toString(), DocumentType.RULEBOOK.name(), listed,
        problems.size() - listed.size()));
  }

  /**
   * The first {@code limit} of {@code problems}, each at the line and column of its value in
   * {@code file} ({@code 0:0} when not found); the file is parsed once to place them all.
   */
  private static List<JsonProblem> placed(List<Violation> problems, Path file, int limit) {
    List<Violation> listed = problems.subList(0, Math.min(limit, problems.size()));
    Map<JsonPointer, String> places = new HashMap<>();
    listed.forEach(v -> places.put(JsonPointer.compile(pointer(v.path())), "0:0"));
    locate(file, places);
    List<JsonProblem> found = new ArrayList<>();
    for (Violation v : listed) {
      String[] at = places.get(JsonPointer.compile(pointer(v.path()))).split(":");
      found.add(new JsonProblem(JsonProblem.Kind.INVALID_VALUE, v.path(),
          Integer.parseInt(at[0]), Integer.parseInt(at[1]), v.message()));
    }
    return found;
  }

  /**
   * {@code $.indicators[2].rule.type} as the JSON pointer {@code /indicators/2/rule/type}; {@code
   * $} as the whole document's, {@code ""}.
   */
  static String pointer(String path) {
    return INDEX.matcher(path.substring(1)).replaceAll(".$1").replace('.', '/');
  }

  /**
   * Sets {@code line:column} of each pointer's value in {@code file}, in one pass; a place not
   * found stays {@code 0:0} (the JSON path still says where).
   */
  private static void locate(Path file, Map<JsonPointer, String> places) {
    int left = places.size();
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      while (left > 0 && parser.nextToken() != null) {
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          JsonPointer at = parser.getParsingContext().pathAsPointer();
          if ("0:0".equals(places.get(at))) {
            JsonLocation where = parser.currentTokenLocation();
            places.put(at, where.getLineNr() + ":" + where.getColumnNr());
            left--;
          }
        }
      }
    } catch (IOException e) {
      // the file was read a moment ago: without a position, the JSON path still says where
    }
  }
}
