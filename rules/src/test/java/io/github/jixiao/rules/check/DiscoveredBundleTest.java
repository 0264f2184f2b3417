package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.spi.PluginException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A check provider names its message bundle; discovery registers it before adding the checks,
 * and refuses a bundle that cannot be used as it refuses a broken provider: with a {@link
 * PluginException} naming the provider, nothing of it added.
 */
class DiscoveredBundleTest {

  /** The test class path plus the service files under {@code plugins/<name>/}. */
  private static ClassLoader plugins(String name) {
    URL dir = DiscoveredBundleTest.class.getResource("/plugins/" + name + "/");
    return new URLClassLoader(new URL[] {dir}, DiscoveredBundleTest.class.getClassLoader());
  }

  @Test
  void theBundleAProviderNamesIsRegisteredWithItsChecks() {
    Checks.none().withDiscovered(DiscoveredBundleTest.class.getClassLoader());

    assertThat(MessageBundles.baseNames()).contains(DiscoveredChecks.BUNDLE);
  }

  @Test
  void aBundleWhoseTemplateDoesNotCompileIsRefusedNamingTheProviderAndTheBundle() {
    assertThatThrownBy(() -> Checks.none().withDiscovered(plugins("broken-bundle")))
        .isInstanceOfSatisfying(PluginException.class, e -> {
          assertThat(e.sources()).containsExactly("provider " + BrokenBundleChecks.class.getName());
          assertThat(e.getCause()).isInstanceOf(MessageBundleException.class);
        })
        .hasMessageStartingWith("the message bundle io.github.jixiao.rules.check.broken.messages"
            + " of provider " + BrokenBundleChecks.class.getName() + " cannot be used: the"
            + " message bundle file ")
        .hasMessageEndingWith("broken/messages.properties, key gz.broken: a placeholder is a"
            + " name in braces, {name}, at character 9 of \"a brace { never closed\"");
    assertThat(MessageBundles.baseNames())
        .doesNotContain("io.github.jixiao.rules.check.broken.messages");
  }

  @Test
  void aBundleWithNoFileIsRefusedBeforeItIsRegistered() {
    assertThatThrownBy(() -> Checks.none().withDiscovered(plugins("missing-bundle")))
        .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.sources())
            .isEqualTo(List.of("provider " + MissingBundleChecks.class.getName())))
        .hasMessage("provider " + MissingBundleChecks.class.getName() + " names the message"
            + " bundle io.github.jixiao.rules.check.nowhere.messages, but no file of it is on the"
            + " class path: put io/github/jixiao/rules/check/nowhere/messages.properties (English)"
            + " beside the provider's classes");
    assertThat(MessageBundles.baseNames())
        .doesNotContain("io.github.jixiao.rules.check.nowhere.messages");
  }
}
