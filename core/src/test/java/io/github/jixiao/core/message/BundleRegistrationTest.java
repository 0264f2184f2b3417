package io.github.jixiao.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plug-in registers its bundle once; a broken one is refused, naming the file and the key. */
class BundleRegistrationTest {

  @Test
  void aPluginsBundleRendersItsMessagesInBothLanguages(@TempDir Path jar) throws Exception {
    ClassLoader plugin = bundle(jar, "com.example.one.messages",
        "example.one.scored={name} scores {points}\n", "example.one.scored={name} 得 {points} 分\n");
    MessageBundles.register("com.example.one.messages", plugin);
    MessageBundles.register("com.example.one.messages", plugin); // again: nothing happens
    Message m = Message.of("example.one.scored", Argument.text("name", "满意度"),
        Argument.number("points", 9));
    assertThat(m.render(Locale.ENGLISH)).isEqualTo("满意度 scores 9");
    assertThat(m.render(Locale.CHINA)).isEqualTo("满意度 得 9 分");
    assertThat(MessageBundles.baseNames()).containsOnlyOnce("com.example.one.messages");
    assertThat(MessageBundles.keys("com.example.one.messages", Locale.CHINESE))
        .containsExactly("example.one.scored");
    assertThat(MessageBundles.speaks(m, Locale.CHINESE)).isTrue();
  }

  @Test
  void aBundleWithoutChineseHasWordsInChineseButDoesNotSpeakIt(@TempDir Path jar)
      throws Exception {
    Path file = jar.resolve("com/example/seven/messages.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "example.seven.said=said\n", StandardCharsets.UTF_8);
    MessageBundles.register("com.example.seven.messages",
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, null));
    Message m = Message.of("example.seven.said");
    assertThat(m.render(Locale.CHINESE)).isEqualTo("said");
    assertThat(MessageBundles.hasWords(m, Locale.CHINESE)).isTrue();
    assertThat(MessageBundles.speaks(m, Locale.CHINESE)).isFalse();
    assertThat(MessageBundles.speaks(m, Locale.ENGLISH)).isTrue();
    assertThat(MessageBundles.keys("com.example.nobody.messages", Locale.ROOT)).isEmpty();
  }

  @Test
  void aKeyAnotherBundleHasIsRefused(@TempDir Path jar) throws Exception {
    ClassLoader plugin = bundle(jar, "com.example.two.messages",
        "core.value.required=mine\n", "core.value.required=我的\n");
    assertThatThrownBy(() -> MessageBundles.register("com.example.two.messages", plugin))
        .isInstanceOfSatisfying(MessageBundleException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("the key core.value.required of message bundle"
              + " com.example.two.messages is already a key of bundle"
              + " io.github.jixiao.core.message.messages; keys must be unique across bundles");
          assertThat(e.message(Locale.CHINESE)).isEqualTo("提示信息资源包 com.example.two.messages"
              + " 的键 core.value.required 已属于资源包 io.github.jixiao.core.message.messages；"
              + "各资源包的键不能重复");
        });
    assertThat(MessageBundles.baseNames()).doesNotContain("com.example.two.messages");
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedNamingTheFileAndTheKey(@TempDir Path jar)
      throws Exception {
    ClassLoader plugin = bundle(jar, "com.example.three.messages",
        "example.three.bad=it's {name\n", "example.three.bad=x\n");
    assertThatThrownBy(() -> MessageBundles.register("com.example.three.messages", plugin))
        .isInstanceOfSatisfying(MessageBundleException.class, e -> {
          assertThat(e.getMessage()).startsWith("the message bundle file ").endsWith(
              "com/example/three/messages.properties, key example.three.bad: an apostrophe at"
                  + " character 3 opens a quote that never closes in \"it's {name\"; write two"
                  + " ('') for one");
          assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
        });
  }

  @Test
  void aBrokenChineseFileIsRefusedAtOnceAndABrokenOtherLanguageFallsBackToEnglish(
      @TempDir Path jar) throws Exception {
    ClassLoader zh = bundle(jar.resolve("zh"), "com.example.five.messages",
        "example.five.ok=fine\n", "example.five.ok={broken\n");
    assertThatThrownBy(() -> MessageBundles.register("com.example.five.messages", zh))
        .isInstanceOf(MessageBundleException.class)
        .hasMessageContaining("com/example/five/messages_zh.properties, key example.five.ok");

    ClassLoader fr = bundle(jar.resolve("fr"), "com.example.six.messages",
        "example.six.ok=fine\n", "example.six.ok=好\n");
    Files.writeString(jar.resolve("fr/com/example/six/messages_fr.properties"),
        "example.six.ok={cass\u00e9\n", StandardCharsets.UTF_8);
    MessageBundles.register("com.example.six.messages", fr);
    assertThat(Message.of("example.six.ok").render(Locale.FRENCH)).isEqualTo("fine");
    assertThat(MessageBundles.problems()).anySatisfy(p -> assertThat(p.render(Locale.ENGLISH))
        .contains("com/example/six/messages_fr.properties, key example.six.ok"));
  }

  @Test
  void aFileThatIsNotUtf8IsRefused(@TempDir Path jar) throws Exception {
    Path dir = jar.resolve("com/example/four");
    Files.createDirectories(dir);
    Files.write(dir.resolve("messages.properties"), new byte[] {'k', '.', 'a', '=', (byte) 0xC3});
    ClassLoader plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    assertThatThrownBy(() -> MessageBundles.register("com.example.four.messages", plugin))
        .isInstanceOf(MessageBundleException.class)
        .hasMessageEndingWith("com/example/four/messages.properties is not UTF-8: save it as UTF-8");
  }

  private static ClassLoader bundle(Path root, String baseName, String english, String chinese)
      throws Exception {
    Path file = root.resolve(baseName.replace('.', '/') + ".properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, english, StandardCharsets.UTF_8);
    Files.writeString(file.resolveSibling(file.getFileName().toString()
        .replace(".properties", "_zh.properties")), chinese, StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
