package io.github.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.message.MessageBundles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in that registers its bundle by hand as the very first thing a program does, before
 * anything is rendered, still meets jixiao-rules' keys: a key it reuses is refused, and the
 * module's own words stay (in a JVM of its own, where no bundle has been discovered yet).
 */
class RegisterFirstTest {

  /** Registers the bundle under {@code args[0]} first, then renders a rules explanation. */
  public static void main(String[] args) throws Exception {
    ClassLoader plugin = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, null);
    try {
      MessageBundles.register("com.example.first.messages", plugin);
      System.out.println("registered");
    } catch (MessageBundleException e) {
      System.out.println("refused|" + e.getMessage());
    }
    System.out.println("words|" + Message.of("missing.actual", Argument.text("name", "满意度"))
        .render(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void aKeyOfRulesReusedByABundleRegisteredFirstIsRefusedAndRulesKeepsItsWords(@TempDir Path jar)
      throws Exception {
    Path file = jar.resolve("com/example/first/messages.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "missing.actual=mine\n", StandardCharsets.UTF_8);
    Files.writeString(file.resolveSibling("messages_zh.properties"), "missing.actual=我的\n",
        StandardCharsets.UTF_8);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        RegisterFirstTest.class.getName(), jar.toString())).redirectErrorStream(true).start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(out).isZero();

    assertThat(out.lines().filter(l -> l.contains("|"))).containsExactly(
        "refused|the key missing.actual of message bundle com.example.first.messages is already a"
            + " key of bundle io.github.jixiao.rules.messages; keys must be unique across bundles",
        "words|满意度 未提供实际完成值，无法按规则计分，得 0 分");
  }
}
