package io.github.jixiao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment rewords a message by putting a bundle of the same base name first on the class
 * path, holding only the keys it changes; it adds a language the same way. The bundles are read
 * once per JVM, so each case runs in a JVM of its own with that directory first.
 */
class RewordingTest {

  /** Prints a few messages, one a line, in Chinese, English and French. */
  public static void main(String[] args) {
    Message required = Message.of("core.value.required");
    Message level = Message.of("core.indicator.needs-parent", Argument.number("level", 2));
    for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH, Locale.FRENCH)) {
      System.out.println(l + "|" + required.render(l) + "|" + level.render(l));
    }
    for (Message problem : MessageBundles.problems()) {
      System.out.println("problem|" + problem.render(Locale.ENGLISH));
    }
  }

  @Test
  void aBundleFirstOnTheClassPathRewordsOnlyTheKeysItHolds(@TempDir Path deployment)
      throws Exception {
    write(deployment, "messages_zh.properties", "core.value.required=此项必须填写\n");
    assertThat(run(deployment)).containsExactly(
        "zh|此项必须填写|2 级指标必须填写上级指标代码",
        "en|is required but was not set|a level-2 indicator needs the code of its parent",
        "fr|is required but was not set|a level-2 indicator needs the code of its parent");
  }

  @Test
  void aLanguageIsAddedByABundleWithItsSuffixAndFallsBackToEnglishKeyByKey(
      @TempDir Path deployment) throws Exception {
    write(deployment, "messages_fr.properties",
        "core.value.required=est obligatoire mais n''a pas \u00e9t\u00e9 donn\u00e9\n");
    assertThat(run(deployment)).containsExactly(
        "zh|为必填项，但未设置|2 级指标必须填写上级指标代码",
        "en|is required but was not set|a level-2 indicator needs the code of its parent",
        "fr|est obligatoire mais n'a pas été donné|a level-2 indicator needs the code of its parent");
  }

  @Test
  void aBrokenRewordingIsLeftOutAndSaidAndJixiaosOwnWordsStay(@TempDir Path deployment)
      throws Exception {
    write(deployment, "messages_zh.properties", "core.value.required=it's {broken\n");
    List<String> lines = run(deployment);
    assertThat(lines.subList(0, 3)).containsExactly(
        "zh|为必填项，但未设置|2 级指标必须填写上级指标代码",
        "en|is required but was not set|a level-2 indicator needs the code of its parent",
        "fr|is required but was not set|a level-2 indicator needs the code of its parent");
    assertThat(lines.subList(3, lines.size())).singleElement().satisfies(p -> assertThat(p)
        .startsWith("problem|the message bundle file file:")
        .endsWith("io/github/jixiao/core/message/messages_zh.properties, key core.value.required:"
            + " an apostrophe at character 3 opens a quote that never closes in \"it's {broken\";"
            + " write two ('') for one"));
  }

  private static void write(Path root, String file, String text) throws Exception {
    Path dir = root.resolve("io/github/jixiao/core/message");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static List<String> run(Path first) throws Exception {
    List<String> parts = new ArrayList<>();
    parts.add(first.toString());
    parts.add(Path.of(URI.create(RewordingTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toString())).toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-cp", String.join(File.pathSeparator, parts),
        RewordingTest.class.getName())).redirectErrorStream(true).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(out).isZero();
    return out.lines().filter(l -> l.contains("|")).toList();
  }
}
