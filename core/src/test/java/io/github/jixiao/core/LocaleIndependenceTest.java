package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Violation messages are English and Chinese whatever the machine's locale: the library's main
 * users run Chinese servers. Resource bundles are cached per JVM, so the Chinese-locale case runs
 * in a JVM of its own.
 */
class LocaleIndependenceTest {

  /** Prints the English and Chinese messages of a blank organ and a negative amount. */
  public static void main(String[] args) {
    print(() -> Duty.builder().code("sc-3").text("召集本级人民代表大会会议").organ(" ").build());
    print(() -> BudgetLine.of(new BigDecimal("-1"), BigDecimal.ZERO));
  }

  private static void print(Runnable build) {
    try {
      build.run();
    } catch (InvalidValueException e) {
      e.violations().forEach(v -> System.out.println(v.message(Locale.ENGLISH) + "|" + v.message(Locale.CHINESE)));
    }
  }

  // Surefire runs these tests on the module path (core has a module descriptor); the child needs
  // only to find the classes, so this test's own, the module path and the class path will do.
  private static String everythingOnTheClassPath() {
    List<String> parts = new ArrayList<>();
    parts.add(Path.of(URI.create(LocaleIndependenceTest.class.getProtectionDomain().getCodeSource()
        .getLocation().toString())).toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  @Test
  void onAChineseServerTheEnglishMessageIsStillEnglish() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Duser.language=zh",
        "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", everythingOnTheClassPath(), LocaleIndependenceTest.class.getName()))
        .redirectErrorStream(true).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out.lines().filter(l -> l.contains("|"))).containsExactly(
        "must not be blank when given; leave it out instead (was  )|填写时不能为空白；不填请删除该项（实际为  ）",
        "must be greater than or equal to 0 (was -1)|必须大于或等于 0（实际为 -1）");
  }
}
