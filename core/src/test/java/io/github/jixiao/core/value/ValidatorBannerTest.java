package io.github.jixiao.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Task;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program that merely uses Jixiao prints nothing of Hibernate Validator's (校验器启动日志): each
 * case runs a fresh JVM on the class path, as an application does, which validates a value and
 * prints what it was told and the levels of the loggers around Hibernate Validator's; everything
 * it writes, standard error included, is read.
 */
class ValidatorBannerTest {

  private static final String BANNER = "HV000001";

  @Test
  void usingTheLibraryPrintsNoBannerAndStillRefusesABlankTitle() throws Exception {
    List<String> out = run(List.of());

    assertThat(String.join("\n", out)).doesNotContain(BANNER);
    // nothing else: the probe's own lines are all it printed, standard error included
    assertThat(out).containsExactly(
        "violation $.title core.constraint.NotBlank: must not be blank (was  )",
        "level org.hibernate.validator.internal.util.Version WARNING",
        // the application's other loggers keep what they had
        "level org.hibernate.validator null",
        "level  INFO");
  }

  @Test
  void aLevelTheApplicationSetItselfIsKept(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("logging.properties");
    Files.writeString(config, String.join("\n",
        "handlers = java.util.logging.ConsoleHandler",
        ".level = INFO",
        ValidatorBanner.LOGGER + ".level = INFO", ""));

    List<String> out = run(List.of("-Djava.util.logging.config.file=" + config));

    assertThat(out).anySatisfy(line -> assertThat(line).contains(BANNER + ": Hibernate Validator"));
    assertThat(out).contains("violation $.title core.constraint.NotBlank: must not be blank (was  )",
        "level org.hibernate.validator.internal.util.Version INFO");
  }

  @Test
  void aClassLoaderWithoutJbossLoggingHasNothingToQuiet() throws IOException {
    try (URLClassLoader bootstrapOnly = new URLClassLoader(new URL[0], null)) {
      assertThat(ValidatorBanner.fallsBackToJul(bootstrapOnly)).isFalse();
    }
    assertThat(ValidatorBanner.fallsBackToJul(ValidatorBanner.class.getClassLoader())).isTrue();
  }

  /** The program the fresh JVM runs: what a user's program does, and the loggers' levels. */
  public static final class Probe {
    private Probe() {}

    /** Validates a task with a blank title and says what came of it. */
    public static void main(String[] args) {
      try {
        Task.builder().code("1").title(" ").build();
        System.out.println("accepted a blank title");
      } catch (InvalidValueException refused) {
        for (Violation v : refused.violations()) {
          System.out.println("violation " + v.path() + " " + v.message().getKey() + ": "
              + v.message(Locale.ENGLISH));
        }
      }
      for (String name : List.of(ValidatorBanner.LOGGER, "org.hibernate.validator", "")) {
        Level level = Logger.getLogger(name).getLevel();
        System.out.println("level " + name + " " + level);
      }
    }
  }

  private static List<String> run(List<String> options)
      throws IOException, InterruptedException, URISyntaxException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", classPath(), Probe.class.getName()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  /** This test's classes and everything it runs with, module path or class path, as one path. */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
