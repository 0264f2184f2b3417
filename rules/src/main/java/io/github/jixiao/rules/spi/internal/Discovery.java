package io.github.jixiao.rules.spi.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.PluginException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one way Jixiao finds plug-ins on the class path (插件发现): {@link ServiceLoader}, asked only
 * by a call that says so ({@code withDiscovered()}), never while a class initialises. Whatever a
 * provider does — fails to load, throws, returns null, names a message bundle that cannot be used
 * — becomes a {@link PluginException} at that call naming the provider; providers come in a
 * deterministic order, by priority (higher first), then by class name. The registries of scoring
 * rules, formulas and consistency checks all go through here.
 */
public final class Discovery {

  /** The source of what a registry holds from the start. */
  public static final String BUILT_IN = "built-in";

  /** The source of what a caller registers itself ({@code with(...)}, {@code register(...)}). */
  public static final String EXPLICIT = "explicit registration";

  private static final String PROVIDER = "provider ";

  // The most lines of service files read to name the classes that cannot be loaded.
  private static final int MOST_LINES = 1000;

  private Discovery() {}

  /** The class loader a {@code withDiscovered()} without one uses: the thread's, else Jixiao's. */
  public static ClassLoader defaultLoader() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : Discovery.class.getClassLoader();
  }

  /** The providers of {@code service} that {@code loader} finds, by priority then class name. */
  public static <P> List<P> providers(Class<P> service, ClassLoader loader,
      ToIntFunction<P> priority) {
    List<P> found = new ArrayList<>();
    try {
      Iterator<P> it = ServiceLoader.load(service, loader).iterator();
      while (it.hasNext()) {
        found.add(it.next());
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      // A provider's class that cannot be linked (NoClassDefFoundError) is the same trouble. The
      // JDK's words stay in the cause; the message says where to look in ours.
      String file = "META-INF/services/" + service.getName();
      List<String> classes = unloadable(file, loader);
      throw new PluginException(Message.of(classes.isEmpty() ? "rules.plugin.unloadable"
              : "rules.plugin.unloadable.class",
          Argument.text("service", service.getSimpleName()), Argument.text("file", file),
          Argument.list("classes", classes), Argument.text("interface", service.getName()),
          Argument.text("exception", e.getClass().getName())), List.of(file), e);
    }
    List<Ranked<P>> ranked = new ArrayList<>(found.size());
    for (P provider : found) {
      ranked.add(new Ranked<>(provider,
          call(provider, PluginPart.PRIORITY, priority::applyAsInt)));
    }
    ranked.sort(Comparator.comparingInt((Ranked<P> r) -> r.priority()).reversed()
        .thenComparing(r -> r.provider().getClass().getName()));
    return ranked.stream().map(Ranked::provider).toList();
  }

  private record Ranked<P>(P provider, int priority) {}

  /**
   * The classes the copies of a service file name that {@code loader} cannot load: found by
   * reading the files ourselves, so that the refusal names them in its own words.
   */
  private static List<String> unloadable(String file, ClassLoader loader) {
    List<String> classes = new ArrayList<>();
    int lines = 0;
    try {
      Enumeration<URL> copies = loader.getResources(file);
      while (copies.hasMoreElements() && lines < MOST_LINES) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
            copies.nextElement().openStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null && lines++ < MOST_LINES;
              line = in.readLine()) {
            int comment = line.indexOf('#');
            String name = (comment < 0 ? line : line.substring(0, comment)).trim();
            if (!name.isEmpty() && !loads(name, loader)) {
              classes.add(Echo.text(name, Echo.MAX_PHRASE * 2));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Nothing more can be said than that a line is wrong: the refusal says so without names.
    }
    return classes;
  }

  private static boolean loads(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * What {@code provider} gives when asked for {@code what}, never null.
   *
   * @throws PluginException if it throws or returns null, naming it
   */
  public static <P, T> T call(P provider, PluginPart what, Function<P, T> ask) {
    T given;
    try {
      given = ask.apply(provider);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      throw new PluginException(Message.of("rules.plugin.failed",
          Argument.message("source", said(source(provider))),
          Argument.message("what", Message.label(what)),
          Argument.text("exception", e.getClass().getName())), List.of(source(provider)), e);
    }
    if (given == null) {
      throw new PluginException(Message.of("rules.plugin.null",
          Argument.message("source", said(source(provider))),
          Argument.message("what", Message.label(what))), List.of(source(provider)), null);
    }
    return given;
  }

  /**
   * Registers the message bundle a discovered provider names ({@code messageBundle()} of a
   * scoring rule, formula or check provider), read through the provider's class loader, so that
   * the messages of its rules, formulas or checks render from it. Nothing when it names none;
   * registering a base name again does nothing.
   *
   * @param provider the provider, named in a refusal
   * @param baseName the base name it gives, e.g. {@code com.example.rules.messages}
   * @throws PluginException if the bundle cannot be read, a template of it does not compile, a
   *     key of it is already another bundle's, or no English file ({@code messages.properties}) of
   *     it is on the class path
   */
  public static void registerBundle(Object provider, Optional<String> baseName) {
    if (baseName.isEmpty()) {
      return;
    }
    String name = baseName.get();
    String source = source(provider);
    ClassLoader loader = provider.getClass().getClassLoader();
    try {
      MessageBundles.register(name, loader != null ? loader : ClassLoader.getSystemClassLoader());
    } catch (MessageBundleException e) {
      throw new PluginException(Message.of("rules.plugin.bundle-unusable",
          Argument.message("source", said(source)), Argument.text("bundle", Echo.phrase(name)),
          Argument.message("reason", e.said())), List.of(source), e);
    }
    if (MessageBundles.keys(name, Locale.ROOT).isEmpty()) {
      throw new PluginException(Message.of("rules.plugin.bundle-missing",
          Argument.message("source", said(source)), Argument.text("bundle", Echo.phrase(name)),
          Argument.text("file", Echo.phrase(name.replace('.', '/') + ".properties"))),
          List.of(source), null);
    }
  }

  /** How a provider is named as a source: {@code provider com.example.MyRules}. */
  public static String source(Object provider) {
    return PROVIDER + provider.getClass().getName();
  }

  /**
   * A source as a message shows it, in the reader's language: built in, registered explicitly,
   * or the provider and its class.
   */
  public static Message said(String source) {
    if (source.equals(BUILT_IN)) {
      return Message.of("rules.plugin.source.built-in");
    }
    if (source.equals(EXPLICIT)) {
      return Message.of("rules.plugin.source.explicit");
    }
    if (source.startsWith(PROVIDER)) {
      return Message.of("rules.plugin.source.provider",
          Argument.text("provider", source.substring(PROVIDER.length())));
    }
    return Message.of("rules.plugin.source.named", Argument.text("source", source));
  }

  /**
   * That {@code id} of a {@code kind} comes from two sources: the first kept, the second refused.
   */
  public static PluginException duplicate(PluginKind kind, String id, String first,
      Object firstValue, String second, Object secondValue) {
    return new PluginException(Message.of("rules.plugin.duplicate",
        Argument.message("kind", Message.label(kind)), Argument.text("id", Echo.text(id)),
        Argument.message("first", said(first)),
        Argument.text("firstClass", firstValue.getClass().getName()),
        Argument.message("second", said(second)),
        Argument.text("secondClass", secondValue.getClass().getName())),
        List.of(first, second), null);
  }

  /** Whether {@code source} is a provider's, found on the class path (not built in or explicit). */
  public static boolean isDiscovered(String source) {
    return !source.equals(EXPLICIT) && !source.equals(BUILT_IN);
  }

  /**
   * Refuses an id of a {@code kind} that is not lower-case letters, digits, '-', '_' and '.'
   * starting with a letter, like {@code example}.
   *
   * @throws IllegalArgumentException for a built-in or explicit registration (the caller's code),
   *     its message in English
   * @throws PluginException for a discovered one (a provider's)
   */
  public static void checkId(PluginKind kind, String id, String source, String example) {
    boolean valid = id != null && !id.isEmpty() && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
    for (int i = 0; valid && i < id.length(); i++) {
      char c = id.charAt(i);
      valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.';
    }
    if (valid) {
      return;
    }
    Message malformed = Message.of("rules.plugin.malformed-id",
        Argument.message("kind", Message.label(kind)),
        Argument.text("id", Echo.text(String.valueOf(id))),
        Argument.message("source", said(source)), Argument.text("example", example));
    if (!isDiscovered(source)) {
      throw new IllegalArgumentException(malformed.render(Locale.ENGLISH));
    }
    throw new PluginException(malformed, List.of(source), null);
  }
}
