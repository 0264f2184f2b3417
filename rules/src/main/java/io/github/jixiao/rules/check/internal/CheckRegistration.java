package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import io.github.jixiao.rules.spi.PluginException;
import io.github.jixiao.rules.spi.internal.Discovery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What registering consistency checks (审核规则注册) needs beside the registry itself: the message
 * bundle a check provider names, registered before its checks, and the refusals of {@code
 * Checks} in the checks' own words — a bundle that cannot be used, a check code given twice —
 * each a {@link PluginException} naming the sources concerned.
 */
public final class CheckRegistration {

  private CheckRegistration() {}

  /**
   * Registers the message bundle {@code provider} names, if any, read through the provider's
   * class loader ({@code fallback} when it has none): every file of the bundle that loader finds,
   * first copy of a key winning. The English file must exist; both languages are read now, so
   * that a broken bundle is refused here rather than when a finding is shown.
   *
   * @throws PluginException if the provider throws or returns null when asked, the bundle has no
   *     English file, or it cannot be registered (unreadable, a template that does not compile, a
   *     key another bundle has), naming the provider and the bundle
   */
  public static void register(ConsistencyCheckProvider provider, ClassLoader fallback) {
    String source = Discovery.source(provider);
    Argument named = Argument.text("provider", Echo.text(provider.getClass().getName(), 300));
    Optional<String> bundle;
    try {
      bundle = provider.messageBundle();
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      throw refused(Message.of("check.plugin.bundle-threw", named), List.of(source), e);
    }
    if (bundle == null) {
      throw refused(Message.of("check.plugin.bundle-null", named,
          Argument.text("empty", "Optional.empty()")), List.of(source), null);
    }
    if (bundle.isEmpty()) {
      return;
    }
    String baseName = bundle.get();
    ClassLoader loader = provider.getClass().getClassLoader() != null
        ? provider.getClass().getClassLoader() : fallback;
    String file = baseName.replace('.', '/') + ".properties";
    Argument shown = Argument.text("bundle", Echo.text(baseName, 300));
    if (loader.getResource(file) == null) {
      throw refused(Message.of("check.plugin.bundle-missing", named, shown,
          Argument.text("file", Echo.text(file, 300))), List.of(source), null);
    }
    try {
      MessageBundles.register(baseName, loader);
      MessageBundles.keys(baseName, Locale.CHINESE);
    } catch (MessageBundleException e) {
      throw refused(Message.of("check.plugin.bundle-broken", named, shown,
          Argument.message("reason", e.said())), List.of(source), e);
    }
  }

  /**
   * That check code {@code code} comes from two sources ({@code built-in}, {@code explicit
   * registration}, {@code provider com.example.MyChecks}): the first kept, the second refused.
   */
  public static PluginException duplicate(String code, String first, Object firstCheck,
      String second, Object secondCheck) {
    return refused(Message.of("check.plugin.duplicate", Argument.text("code", Echo.text(code)),
        Argument.message("first", source(first)),
        Argument.text("firstClass", firstCheck.getClass().getName()),
        Argument.message("second", source(second)),
        Argument.text("secondClass", secondCheck.getClass().getName())),
        List.of(first, second), null);
  }

  /** A source of checks, as {@link Discovery} names it, in the reader's language. */
  private static Message source(String source) {
    if (source.equals(Discovery.BUILT_IN)) {
      return Message.of("check.source.built-in");
    }
    if (source.equals(Discovery.EXPLICIT)) {
      return Message.of("check.source.explicit");
    }
    String provider = "provider ";  // Discovery.source(provider): "provider " + its class name
    return Message.of("check.source.provider", Argument.text("provider",
        source.startsWith(provider) ? source.substring(provider.length()) : source));
  }

  // PluginException takes its words as texts until it carries a Message (the scoring side of
  // issue 13 moves it): the message is rendered from this bundle in both languages here, the one
  // place to change then.
  private static PluginException refused(Message said, List<String> sources, Throwable cause) {
    return new PluginException(said.render(Locale.ENGLISH), said.render(Locale.CHINESE), sources,
        cause);
  }
}
