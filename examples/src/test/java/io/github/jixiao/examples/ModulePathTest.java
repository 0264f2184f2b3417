package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * jixiao-core, -rules and -io used as named modules (模块路径), as an application on the module
 * path uses them: their descriptors export the API, open what Hibernate Validator and Jackson
 * reflect on, and declare the services the registries load. A program on the class path reads the
 * Baiyun report and scores it with the libraries on the module path; a missing {@code opens} or
 * {@code uses} would fail it.
 */
class ModulePathTest {

  /** The libraries, and what they need at run time; everything else stays off the module path. */
  private static final Pattern MODULES = Pattern.compile(
      ".*(jixiao-(core|rules|io)-[^" + Pattern.quote(File.separator) + "]*\\.jar"
          + "|(core|rules|io)" + Pattern.quote(File.separator) + "target"
          + Pattern.quote(File.separator) + "classes"
          + "|jackson-(core|databind|annotations|datatype-jdk8)-.*\\.jar"
          + "|hibernate-validator-.*\\.jar|jakarta\\.validation-api-.*\\.jar"
          + "|jboss-logging-.*\\.jar|classmate-.*\\.jar)");

  @Test
  void theLibrariesAreNamedModulesThatScoreTheSeedFromTheModulePath()
      throws IOException, InterruptedException {
    List<String> modules = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      (MODULES.matcher(entry).matches() ? modules : classes).add(entry);
    }
    ModuleFinder finder = ModuleFinder.of(modules.stream().map(Path::of).toArray(Path[]::new));
    for (String name : List.of("io.github.jixiao.core", "io.github.jixiao.rules",
        "io.github.jixiao.io")) {
      ModuleDescriptor descriptor = finder.find(name).map(ModuleReference::descriptor)
          .orElseThrow(() -> new AssertionError(name + " is not on " + modules));
      assertThat(descriptor.isAutomatic()).as(name + " has a module descriptor").isFalse();
      assertThat(descriptor.exports()).as(name + " exports no internal package")
          .noneMatch(e -> e.source().contains("internal"));
    }

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Dstdout.encoding=UTF-8",
        "--module-path", String.join(File.pathSeparator, modules),
        "--add-modules", "io.github.jixiao.io",
        "-cp", String.join(File.pathSeparator, classes),
        ScoreThroughTheApi.class.getName(), BaiyunEvaluationTest.DOCUMENT.toString()))
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(out).isZero();
    // 45.00 + 44.72 (README: 总分 89.72 / 100, grade 良), the unit's own claim 94
    assertThat(out.lines()).contains("总分 89.72  等级 良  自评 94");
  }
}
