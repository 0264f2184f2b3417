package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.MessageBundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * io's bundle ({@code io.github.jixiao.io.messages}) is sound: both languages have the same keys,
 * every key io's sources name exists and every key is used, apostrophes are doubled, and no
 * Chinese text holds an English word but the domain's data a user types or reads in a document.
 */
class IoBundleTest {

  static final String BASE = "io.github.jixiao.io.messages";

  private static final Path SOURCES = Path.of("src/main/java");

  /**
   * The words of data a Chinese message of io may hold: JSON and its literals, encodings, the
   * product's name. Field names, format ids and the user's values are arguments, not words here.
   */
  static final String[] DATA_IN_CHINESE = {"JSON Schema", "JSON", "UTF-8", "UTF-16", "BOM",
      "Unicode", "GBK", "GB18030", "Jixiao", "NaN", "Infinity", "true", "false", "null"};

  @Test
  void theBundleIsSoundInBothLanguages() throws IOException {
    assertThat(BundleAudit.of(BASE).usedIn(SOURCES).prefixes(families().toArray(String[]::new))
        .allowInChinese(DATA_IN_CHINESE).problems()).isEmpty();
  }

  @Test
  void everyFamilyOfKeysIsAudited() throws IOException {
    // Every io.<family>. the sources name is a prefix the audit checks: a key misspelt in a
    // family of its own would be found too.
    assertThat(families()).contains("io.problem.", "io.syntax.", "io.format.", "io.shape.",
        "io.write.", "io.file.");
    assertThat(MessageBundles.keys(BASE, Locale.ROOT)).allSatisfy(key -> assertThat(
        families().stream().anyMatch(key::startsWith)).as(key).isTrue());
  }

  @Test
  void theBundleIsRegisteredThroughItsProvider() {
    assertThat(new IoMessages().baseName()).isEqualTo(BASE);
    assertThat(MessageBundles.problems()).isEmpty();
    assertThat(MessageBundles.template(BASE, "io.format.missing", Locale.CHINESE))
        .contains("文档未声明格式");
  }

  /** The starts {@code io.syntax.} of the string literals in io's sources that are keys. */
  private static Set<String> families() throws IOException {
    Pattern key = Pattern.compile("\"(io\\.[a-z][a-z-]*\\.)[a-z0-9.-]+\"");
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    found.remove("io.github.");
    return found;
  }
}
