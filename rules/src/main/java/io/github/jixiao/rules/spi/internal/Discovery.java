package io.github.jixiao.rules.spi.internal;

import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.PluginException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one way Jixiao finds plug-ins on the class path (插件发现): {@link ServiceLoader}, asked only
 * by a call that says so ({@code withDiscovered()}), never while a class initialises. Whatever a
 * provider does — fails to load, throws, returns null — becomes a {@link PluginException} at that
 * call naming the provider; providers come in a deterministic order, by priority (higher first),
 * then by class name.
 */
public final class Discovery {

  /** The source of what a registry holds from the start. */
  public static final String BUILT_IN = "built-in";

  /** The source of what a caller registers itself ({@code with(...)}, {@code register(...)}). */
  public static final String EXPLICIT = "explicit registration";

  // The most characters of a provider's own words a message shows.
  private static final int MAX_WHY = 300;

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
      // a provider's class that cannot be linked (NoClassDefFoundError) is the same trouble
      String file = "META-INF/services/" + service.getName();
      throw new PluginException("cannot load a " + service.getSimpleName() + " listed in " + file
          + ": " + why(e) + "; correct or remove the line in that file (a provider needs a public"
          + " class with a public no-argument constructor that implements " + service.getName()
          + ")", "无法加载 " + file + " 中列出的 " + service.getSimpleName() + "：" + why(e)
          + "；请更正或删除该行（提供者须为公开类，有公开的无参构造方法，并实现 " + service.getName() + "）",
          List.of(file), e);
    }
    List<Ranked<P>> ranked = new ArrayList<>(found.size());
    for (P provider : found) {
      ranked.add(new Ranked<>(provider, call(provider, "priority", priority::applyAsInt)));
    }
    ranked.sort(Comparator.comparingInt((Ranked<P> r) -> r.priority()).reversed()
        .thenComparing(r -> r.provider().getClass().getName()));
    return ranked.stream().map(Ranked::provider).toList();
  }

  private record Ranked<P>(P provider, int priority) {}

  /**
   * What {@code provider} gives when asked for {@code what} ({@code rules}, {@code checks}),
   * never null.
   *
   * @throws PluginException if it throws or returns null, naming it
   */
  public static <P, T> T call(P provider, String what, Function<P, T> ask) {
    T given;
    try {
      given = ask.apply(provider);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      throw new PluginException(source(provider) + " failed when asked for its " + what + ": "
          + why(e) + "; fix the provider or remove it from the class path",
          source(provider) + " 在提供 " + what + " 时出错：" + why(e) + "；请修正该提供者或将其移出类路径",
          List.of(source(provider)), e);
    }
    if (given == null) {
      throw new PluginException(source(provider) + " returned null " + what + "; return an empty"
          + " list instead", source(provider) + " 返回的 " + what + " 为 null；没有时请返回空列表",
          List.of(source(provider)), null);
    }
    return given;
  }

  /** How a provider is named as a source: {@code provider com.example.MyRules}. */
  public static String source(Object provider) {
    return "provider " + provider.getClass().getName();
  }

  /**
   * That {@code id} of a {@code kind} ({@code scoring rule type}, {@code 评分方法类型}) comes from
   * two sources: the first kept, the second refused.
   */
  public static PluginException duplicate(String kind, String kindZh, String id, String first,
      Object firstValue, String second, Object secondValue) {
    String shown = Echo.text(id);
    String a = first + ", " + firstValue.getClass().getName();
    String b = second + ", " + secondValue.getClass().getName();
    return new PluginException(kind + " '" + shown + "' is given twice: by " + a + " and by " + b
        + "; an id names one plug-in, so rename one of them or leave one out",
        kindZh + " '" + shown + "' 重复：" + a + " 与 " + b + " 都使用了它；一个标识只能对应一个插件，"
        + "请为其中之一改名或去掉其一", List.of(first, second), null);
  }

  /** Whether {@code source} is a provider's, found on the class path (not built in or explicit). */
  public static boolean isDiscovered(String source) {
    return !source.equals(EXPLICIT) && !source.equals(BUILT_IN);
  }

  /**
   * Refuses an id of a {@code kind} ({@code scoring rule type id}, {@code 评分方法类型标识}) that is
   * not lower-case letters, digits, '-', '_' and '.' starting with a letter, like {@code example}.
   *
   * @throws IllegalArgumentException for a built-in or explicit registration (the caller's code)
   * @throws PluginException for a discovered one (a provider's)
   */
  public static void checkId(String kind, String kindZh, String id, String source,
      String example) {
    boolean valid = id != null && !id.isEmpty() && id.charAt(0) >= 'a' && id.charAt(0) <= 'z';
    for (int i = 0; valid && i < id.length(); i++) {
      char c = id.charAt(i);
      valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.';
    }
    if (valid) {
      return;
    }
    String shown = Echo.text(String.valueOf(id));
    String en = kind + " '" + shown + "' (" + source + ") is malformed: use lower-case letters,"
        + " digits, '-', '_' and '.', starting with a letter, e.g. \"" + example + "\"";
    if (!isDiscovered(source)) {
      throw new IllegalArgumentException(en);
    }
    throw new PluginException(en, kindZh + " '" + shown + "'（" + source + "）格式不对：只能用小写字母、"
        + "数字、'-'、'_' 和 '.'，并以字母开头，如 \"" + example + "\"", List.of(source), null);
  }

  private static String why(Throwable e) {
    return Echo.text(String.valueOf(e.getMessage() != null ? e.getMessage() : e.toString()),
        MAX_WHY);
  }
}
