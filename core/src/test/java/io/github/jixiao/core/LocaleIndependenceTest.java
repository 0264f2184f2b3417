package io.github.jixiao.core;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
      e.violations().forEach(v -> System.out.println(v.message() + "|" + v.messageZh()));
    }
  }

  @Test
  void onAChineseServerTheEnglishMessageIsStillEnglish() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Duser.language=zh",
        "-Duser.country=CN", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), LocaleIndependenceTest.class.getName()))
        .redirectErrorStream(true).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out.lines().filter(l -> l.contains("|"))).containsExactly(
        "must not be blank when given; leave it out instead (was  )|填写时不能为空白；不填请删除该项（实际为  ）",
        "must be greater than or equal to 0 (was -1)|必须是正数或零（实际为 -1）");
  }
}
