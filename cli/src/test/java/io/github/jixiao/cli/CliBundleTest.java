package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.MessageBundles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * jixiao-cli's bundle, {@code io.github.jixiao.cli.messages} (命令行提示信息资源包): the same keys
 * in English and Chinese, every key used — by a literal in the sources, or asked for by picocli
 * when it prints the help — and every used key there, apostrophes doubled, and no English word
 * in a Chinese text nor Chinese in an English one but the names the allow-list gives.
 */
class CliBundleTest {

  /** The bundle's keys picocli asks for while it prints every command's help and the version. */
  static Set<String> askedByPicocli(Lang lang, Set<String> missing) {
    HelpBundle help = new HelpBundle(lang);
    Set<String> asked = new TreeSet<>();
    ResourceBundle recording = new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        String stored = help.bundleKey(key);
        if (stored == null && key.startsWith("cli.")) {
          missing.add(key);
        } else if (stored != null) {
          asked.add(stored);
        }
        return help.handleGetObject(key);
      }

      @Override
      public Enumeration<String> getKeys() {
        return help.getKeys();
      }
    };
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);
    CommandLine cli = Jixiao.commandLine(writer, writer, false);
    cli.setResourceBundle(recording);
    cli.usage(writer);
    cli.printVersionHelp(writer);
    usages(cli, writer);
    return asked;
  }

  /** The usage of every subcommand, nested ones ({@code rulebook check}) too. */
  private static void usages(CommandLine cli, PrintWriter writer) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.usage(writer);
      usages(sub, writer);
    }
  }

  @Test
  void theBundleIsSoundEveryKeyUsedAndEachTextInOneLanguage() {
    Set<String> missing = new TreeSet<>();
    Set<String> asked = askedByPicocli(Lang.ZH, missing);
    asked.addAll(askedByPicocli(Lang.EN, missing));

    assertThat(BundleAudit.of(HelpBundle.BASE_NAME).usedIn(Path.of("src/main/java"))
        .prefixes("cli.").computed(asked)
        .allowInChinese("JSON Schema", "JSON", "Jixiao").problems()).isEmpty();
    assertThat(missing).as("keys the help names that the bundle lacks").isEmpty();
  }

  @Test
  void picocliAsksForEveryHelpKeyOfTheBundle() {
    Set<String> asked = askedByPicocli(Lang.EN, new TreeSet<>());

    Set<String> help = new TreeSet<>();
    for (String key : MessageBundles.keys(HelpBundle.BASE_NAME, Locale.ROOT)) {
      if (key.startsWith(HelpBundle.PICOCLI) || key.startsWith("cli.option.")
          || key.startsWith("cli.param.") || key.startsWith("cli.label.")) {
        help.add(key);
      }
    }
    assertThat(asked).containsAll(help);
  }

  @Test
  void theBundleIsRegisteredWithoutAProblem() {
    assertThat(MessageBundles.baseNames()).contains(HelpBundle.BASE_NAME);
    assertThat(MessageBundles.problems()).isEmpty();
  }
}
