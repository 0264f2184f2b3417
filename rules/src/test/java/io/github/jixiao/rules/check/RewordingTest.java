package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployment rewords one finding by putting a file of the checks' bundle's base name earlier on
 * the class path that holds only the key it changes: {@code
 * io/github/jixiao/rules/check/messages_zh.properties} with one line. Jixiao is loaded afresh
 * through a class path that starts with that file's directory, as a deployment's would; every
 * other key, and every English text, keeps the words of Jixiao's own bundle.
 */
class RewordingTest {

  /** The seed's JX-404 in the deployment's Chinese words. */
  private static final String REWORDED = "check.score-far-above-execution=自评得分 {score} 明显高于"
      + "预算执行率 {rate}%（差距 {gap}%，已超过 {threshold}%），请核实自评是否虚高";

  @Test
  void aBundleEarlierOnTheClassPathRewordsOneFindingAndNothingElse(@TempDir Path deployment)
      throws Exception {
    Path file = deployment.resolve("io/github/jixiao/rules/check/messages_zh.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "# a finance bureau's own words for one finding\n" + REWORDED + "\n",
        StandardCharsets.UTF_8);

    List<String> before = RewordingProbe.seedFindings();
    List<String> after = seedFindingsWith(deployment);

    assertThat(before).hasSize(2);
    assertThat(after).hasSize(2);
    // JX-401 is not reworded: the same words in both languages.
    assertThat(after.get(0)).isEqualTo(before.get(0)).startsWith("JX-401\t");
    // JX-404 keeps its English and says the bureau's Chinese.
    String[] was = before.get(1).split("\t");
    String[] now = after.get(1).split("\t");
    assertThat(now[0]).isEqualTo("JX-404");
    assertThat(now[1]).isEqualTo(was[1]).isEqualTo("the claimed total 94 is far above the"
        + " execution rate 97.16%: (score ÷ 90 − rate) ÷ (score ÷ 90) is 6.97%, above 5%");
    assertThat(was[2]).isEqualTo("自评得分 94 远高于预算执行率 97.16%：(自评得分÷90 − 预算执行率) ÷"
        + " (自评得分÷90) 为 6.97%，超过 5%");
    assertThat(now[2]).isEqualTo("自评得分 94 明显高于预算执行率 97.16%（差距 6.97%，已超过 5%），"
        + "请核实自评是否虚高");
  }

  /** The seed's findings with Jixiao loaded through {@code first}, then this test's class path. */
  private static List<String> seedFindingsWith(Path first) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(first.toUri().toURL());
    for (String entry : classPath().split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    // The platform loader as parent: nothing of Jixiao is shared with this test's loader, so the
    // bundles are found afresh, through the deployment's class path.
    try (URLClassLoader deployed = new URLClassLoader(urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(deployed);
      Class<?> probe = Class.forName(RewordingProbe.class.getName(), true, deployed);
      assertThat(probe).isNotSameAs(RewordingProbe.class);
      @SuppressWarnings("unchecked")
      List<String> said = (List<String>) probe.getMethod("seedFindings").invoke(null);
      return List.copyOf(said);
    } finally {
      thread.setContextClassLoader(own);
    }
  }

  /** The test class path: surefire's, else the JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire
        : System.getProperty("java.class.path");
  }
}
