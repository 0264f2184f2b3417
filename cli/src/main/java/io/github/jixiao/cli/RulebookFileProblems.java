package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.github.jixiao.core.Violation;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

  /** One line per problem of {@code rulebook}, read from {@code file}, for {@code scorer}. */
  static List<String> of(Rulebook rulebook, Path file, Scorer scorer, Lang lang) {
    return scorer.verify(rulebook).stream().map(v -> line(file, v, lang)).toList();
  }

  private static String line(Path file, Violation problem, Lang lang) {
    return file + ":" + where(file, pointer(problem.path())) + ": $." + problem.path() + ": "
        + lang.pick(problem.messageZh(), problem.message());
  }

  /** {@code indicators[2].rule.type} as the JSON pointer {@code /indicators/2/rule/type}. */
  static String pointer(String path) {
    return "/" + INDEX.matcher(path).replaceAll(".$1").replace('.', '/');
  }

  /** {@code line:column} of the value at {@code pointer} in {@code file}; {@code 0:0} if lost. */
  private static String where(Path file, String pointer) {
    JsonPointer target = JsonPointer.compile(pointer);
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() != JsonToken.FIELD_NAME
            && parser.getParsingContext().pathAsPointer().equals(target)) {
          JsonLocation at = parser.currentTokenLocation();
          return at.getLineNr() + ":" + at.getColumnNr();
        }
      }
    } catch (IOException e) {
      // the file was read a moment ago: without a position, the JSON path still says where
    }
    return "0:0";
  }
}
