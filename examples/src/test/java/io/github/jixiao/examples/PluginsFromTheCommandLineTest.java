package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' rule and check loaded by the command line as a plug-in (issue 19): the built CLI
 * jar, run as a user runs it, in a process of its own whose class path holds no example class —
 * only {@code --plugins} (or {@code JIXIAO_PLUGINS}) brings them. 履职效果 is then scored by the
 * custom rule from the report's 169 of 184 problems solved: 25 × 91.85 % = 22.9625 → 22.96.
 */
class PluginsFromTheCommandLineTest {

  private static final Path CLI = Path.of("..", "cli", "target", "jixiao-cli.jar");
  private static final Path CLASSES = Path.of("target", "classes");
  private static final String RULEBOOK = Path.of("custom-rule", "rulebook.json").toString();
  private static final String BAIYUN = Path.of("baiyun-2021", "evaluation.json").toString();

  record Run(int exit, String out, String err) {}

  private static Run jixiao(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        CLI.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JIXIAO_PLUGINS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("jixiao", ".out");
    Path err = Files.createTempFile("jixiao", ".err");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in a minute").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void withoutThePluginTheRulebookIsRefusedWithItTheCustomRuleScores() throws Exception {
    Run without = jixiao(Map.of(), "score", "--rulebook", RULEBOOK, BAIYUN);
    assertThat(without.exit()).isEqualTo(2);
    assertThat(without.err()).contains("stated-figure-rate");

    Run with = jixiao(Map.of(), "score", "--plugins", CLASSES.toString(), "--rulebook", RULEBOOK,
        "--fail-on", "error", BAIYUN);
    assertThat(with.out()).containsPattern("1\\.2 +履职效果 +25 +22\\.96 +已评分");
    // the seed's claims still draw error findings: exit 1 under --fail-on error, not 2
    assertThat(with.exit()).isEqualTo(1);
  }

  @Test
  void theCustomCheckRunsFromTheEnvironmentToo() throws Exception {
    Run run = jixiao(Map.of("JIXIAO_PLUGINS", CLASSES.toAbsolutePath().toString()), "check",
        BAIYUN);

    assertThat(run.out()).contains("警告 EX-101  $.projects[0]  重点项目“区人大会议项目”未列示预算数和执行数");
  }

  @Test
  void aPluginThatCannotBeLoadedIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF").resolve("services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("io.github.jixiao.rules.spi.ConsistencyCheckProvider"),
        "com.example.Missing\n");

    Run run = jixiao(Map.of(), "--lang", "en", "check", "--plugins", dir.toString(), BAIYUN);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("--plugins " + dir + ": the plug-ins could not be loaded: ")
        .contains("com.example.Missing"));
    assertThat(run.out()).isEmpty();
  }
}
