package io.github.jixiao.core.message;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The message bundles registered in this JVM (提示信息资源包) and the rendering of a {@link Message}
 * from them. jixiao-core's bundle is always there; every other Jixiao module, and any plug-in,
 * provides one through {@link MessageBundleProvider}, found once, on first use; a plug-in may also
 * {@linkplain #register(String, ClassLoader) register} a base name itself.
 *
 * <p>A key is looked up in a fixed chain of languages, never the machine's default: the locale's
 * language and country ({@code _zh_TW}), its language ({@code _zh}), then the root file, which is
 * English. Any Chinese locale thus gets Chinese; a language no bundle has gets English; a key a
 * translation leaves out falls back to English alone. Within one language the bundles are asked in
 * the order they were registered, and a message's own templates ({@link Message#custom}) after
 * them.
 *
 * <p>To reword: put a jar (or a directory) earlier on the class path holding a file of the same
 * base name with only the keys to change, e.g. {@code
 * io/github/jixiao/rules/check/messages_zh.properties} with one line. To add a language: put
 * {@code messages_fr.properties} beside each base name the same way.
 */
public final class MessageBundles {

  /** jixiao-core's own bundle: the words of violations and of the message machinery itself. */
  public static final String CORE = "io.github.jixiao.core.message.messages";

  private static final List<Bundle> BUNDLES = new CopyOnWriteArrayList<>();
  private static final List<Message> PROBLEMS = new CopyOnWriteArrayList<>();
  private static volatile boolean discovered;
  private static boolean discovering; // guarded by MessageBundles.class

  static {
    BUNDLES.add(new Bundle(CORE, MessageBundles.class.getClassLoader(),
        path -> MessageBundles.class.getResourceAsStream("/" + path), PROBLEMS));
  }

  private MessageBundles() {}

  /**
   * Registers the bundle a provider names, read through its own {@link
   * MessageBundleProvider#open(String)} and, for the copies that reword it, its class loader.
   * Registering a base name again does nothing.
   *
   * @throws MessageBundleException if an English or Chinese file of it cannot be read or a
   *     template of it does not compile, or a key of it is already another bundle's
   */
  public static void register(MessageBundleProvider provider) {
    Objects.requireNonNull(provider, "provider");
    discover();
    registerNow(provider.baseName(), provider.getClass().getClassLoader(), provider::open);
  }

  /**
   * Registers a bundle found through {@code loader} alone: for a plug-in on the class path, or in
   * a module that opens the bundle's package. Registering a base name again does nothing.
   *
   * @throws MessageBundleException as {@link #register(MessageBundleProvider)}
   */
  public static void register(String baseName, ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    discover();
    registerNow(baseName, loader, path -> null);
  }

  private static synchronized void registerNow(String baseName, ClassLoader loader,
      Function<String, InputStream> own) {
    Objects.requireNonNull(baseName, "baseName");
    for (Bundle b : BUNDLES) {
      if (b.baseName().equals(baseName)) {
        return;
      }
    }
    Bundle added = new Bundle(baseName, loader, own, PROBLEMS);
    // English and Chinese, the languages Jixiao ships, are read now: a broken file is refused
    // here. A deployment's other languages are read when first asked for.
    Map<String, String> root = added.strict("");
    added.strict("_zh");
    for (Bundle b : BUNDLES) {
      for (String key : root.keySet()) {
        if (b.entries("").containsKey(key)) {
          throw new MessageBundleException(Message.of("core.message.key-taken",
              Argument.text("key", key), Argument.text("bundle", baseName),
              Argument.text("other", b.baseName())), null);
        }
      }
    }
    BUNDLES.add(added);
  }

  /** The base names registered, in the order they are asked; discovers the providers first. */
  public static List<String> baseNames() {
    discover();
    List<String> names = new ArrayList<>();
    BUNDLES.forEach(b -> names.add(b.baseName()));
    return names;
  }

  /**
   * What went wrong discovering providers or reading a language file later: a provider that could
   * not be loaded or whose bundle could not be registered (its messages render as their keys), a
   * deployment's file of another language that cannot be used (its keys fall back to English).
   * Every other bundle works.
   */
  public static List<Message> problems() {
    discover();
    return List.copyOf(PROBLEMS);
  }

  /**
   * The keys of one registered bundle in one language, {@link Locale#ROOT} for English: exactly
   * the keys of its files for that language, with no fallback; none if no bundle of that base
   * name is registered ({@link #baseNames()} says which are).
   */
  public static Set<String> keys(String baseName, Locale language) {
    Bundle b = bundle(baseName);
    return b == null ? Set.of() : Set.copyOf(b.entries(Languages.suffix(language)).keySet());
  }

  /**
   * The template of {@code key} in one bundle and one language, with no fallback; empty if that
   * file has no such key.
   */
  public static java.util.Optional<String> template(String baseName, String key, Locale language) {
    Bundle b = bundle(baseName);
    return b == null ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(b.entries(Languages.suffix(language)).get(key));
  }

  /** The registered bundle of that base name, or null. */
  private static Bundle bundle(String baseName) {
    discover();
    for (Bundle b : BUNDLES) {
      if (b.baseName().equals(baseName)) {
        return b;
      }
    }
    return null;
  }

  /**
   * Whether {@code message} has words in {@code locale}'s chain — a registered bundle's or its own
   * templates — rather than rendering as its bare key: what a law for a user's rule asks.
   */
  public static boolean hasWords(Message message, Locale locale) {
    return templateFor(message, locale) != null;
  }

  /**
   * Whether {@code message} has words of {@code locale}'s own language — a bundle file of that
   * language, or its own template for it — not only the English it would fall back to: what a
   * law asks of a plug-in that claims to speak Chinese. For English (or {@link Locale#ROOT}) the
   * root file counts.
   */
  public static boolean speaks(Message message, Locale locale) {
    discover();
    String language = locale.getLanguage();
    boolean english = language.isEmpty() || language.equals("en");
    for (String suffix : Languages.chain(locale)) {
      if (suffix.isEmpty() && !english) {
        break;
      }
      for (Bundle b : BUNDLES) {
        if (b.entries(suffix).containsKey(message.getKey())) {
          return true;
        }
      }
      if (message.getTemplates().containsKey(Languages.tag(suffix))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A template and where it came from: a registered bundle, or the message's own templates
   * ({@link Message#custom}), which are document data and rendered bounded.
   */
  record Found(String template, boolean own) {}

  /** The template {@code message} renders with in {@code locale}, or null if none knows it. */
  static Found templateFor(Message message, Locale locale) {
    discover();
    String key = message.getKey();
    for (String suffix : Languages.chain(locale)) {
      for (Bundle b : BUNDLES) {
        String t = b.entries(suffix).get(key);
        if (t != null) {
          return new Found(t, false);
        }
      }
      if (!message.getTemplates().isEmpty()) {
        String own = message.getTemplates().get(Languages.tag(suffix));
        if (own != null) {
          return new Found(own, true);
        }
      }
    }
    return null;
  }

  static String render(Message message, Locale locale) {
    return Rendering.message(message, locale);
  }

  /**
   * Finds the providers once, through core's class loader and the thread's context loader (an
   * application server's), before anything is rendered or registered by hand — so that a
   * plug-in registered first still meets the keys of every module's bundle. A thread that
   * renders meanwhile waits for it; the providers' own code, rendering while it runs, sees what is
   * registered so far.
   */
  private static void discover() {
    if (discovered) {
      return;
    }
    synchronized (MessageBundles.class) {
      if (discovered || discovering) {
        return;
      }
      discovering = true;
      try {
        Set<String> seen = new LinkedHashSet<>();
        ClassLoader own = MessageBundles.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        discover(ServiceLoader.load(MessageBundleProvider.class, own).iterator(), seen);
        if (context != null && context != own) {
          discover(ServiceLoader.load(MessageBundleProvider.class, context).iterator(), seen);
        }
      } finally {
        discovering = false;
        discovered = true;
      }
    }
  }

  private static void discover(Iterator<MessageBundleProvider> found, Set<String> seen) {
    int broken = 0;
    while (broken < 100) { // an error that repeats at the same place must not loop forever
      MessageBundleProvider provider;
      try {
        if (!found.hasNext()) {
          break;
        }
        provider = found.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        // The JDK's words are not shown; the error is the cause a developer reads in a log.
        PROBLEMS.add(Message.of("core.message.provider-broken"));
        broken++;
        continue;
      }
      try {
        if (seen.add(provider.baseName())) {
          registerNow(provider.baseName(), provider.getClass().getClassLoader(), provider::open);
        }
      } catch (RuntimeException | LinkageError e) {
        PROBLEMS.add(Message.of("core.message.provider-failed",
            Argument.text("provider", provider.getClass().getName()),
            e instanceof JixiaoException j ? Argument.message("reason", j.said())
                : Argument.message("reason", "core.message.provider-threw")));
      }
    }
  }
}
