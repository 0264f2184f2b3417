package io.github.jixiao.core.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An audit of one message bundle (资源包检查), for a test: that English and Chinese have the same
 * keys, every key the sources use exists and every key is used, every template compiles and writes
 * its apostrophes twice, and — rendered with sample arguments — no Chinese text holds an English
 * word and no English text a Chinese character, except the words of domain data the audit is told
 * to allow. Jixiao's modules audit their bundles with it; a plug-in can audit its own.
 *
 * <pre>{@code
 * assertThat(BundleAudit.of("com.example.rules.messages")
 *     .usedIn(Path.of("src/main/java")).prefixes("example.")
 *     .allowInChinese("JSON").problems()).isEmpty();
 * }</pre>
 */
public final class BundleAudit {

  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.-]+)\"");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");

  private final String baseName;
  private final List<Path> sources = new ArrayList<>();
  private final Set<String> computed = new LinkedHashSet<>();
  private final Set<String> prefixes = new LinkedHashSet<>();
  private final Set<String> allowedEnglish = new LinkedHashSet<>();
  private final Set<String> allowedChinese = new LinkedHashSet<>();

  private BundleAudit(String baseName) {
    this.baseName = baseName;
  }

  /** An audit of the registered bundle of that base name. */
  public static BundleAudit of(String baseName) {
    return new BundleAudit(baseName);
  }

  /** Java source roots whose string literals use the bundle's keys. */
  public BundleAudit usedIn(Path... roots) {
    sources.addAll(List.of(roots));
    return this;
  }

  /**
   * The starts of the bundle's keys ({@code rules.check.}): a literal in the sources that starts
   * with one is a key, and must exist.
   */
  public BundleAudit prefixes(String... starts) {
    prefixes.addAll(List.of(starts));
    return this;
  }

  /** Keys the code makes at run time ({@code "grade." + name}), used though no literal says so. */
  public BundleAudit computed(Collection<String> keys) {
    computed.addAll(keys);
    return this;
  }

  /** Words of domain data a Chinese text may hold (format names, {@code JSON}, {@code UTF-8}). */
  public BundleAudit allowInChinese(String... words) {
    allowedEnglish.addAll(List.of(words));
    return this;
  }

  /** Chinese terms an English text may hold: the domain's words a user types ({@code 达成}). */
  public BundleAudit allowInEnglish(String... terms) {
    allowedChinese.addAll(List.of(terms));
    return this;
  }

  /** Every problem found, one a line, {@code key: what}; empty when the bundle is sound. */
  public List<String> problems() {
    if (!MessageBundles.baseNames().contains(baseName)) {
      return List.of(baseName + ": no bundle of this base name is registered");
    }
    Set<String> english = MessageBundles.keys(baseName, Locale.ROOT);
    Set<String> chinese = MessageBundles.keys(baseName, Locale.CHINESE);
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(english)) {
      if (!chinese.contains(key)) {
        problems.add(key + ": has no Chinese (messages_zh.properties)");
      }
    }
    for (String key : new TreeSet<>(chinese)) {
      if (!english.contains(key)) {
        problems.add(key + ": has no English (messages.properties)");
      }
    }
    if (!sources.isEmpty()) {
      Set<String> literals = literals();
      for (String key : new TreeSet<>(english)) {
        if (!literals.contains(key) && !computed.contains(key)) {
          problems.add(key + ": is used nowhere in " + sources);
        }
      }
      for (String literal : new TreeSet<>(literals)) {
        // A literal ending in a dot is the start of keys made at run time ("core.constraint.").
        boolean looksLikeKey = prefixes.stream().anyMatch(literal::startsWith)
            && !literal.endsWith(".");
        if (looksLikeKey && !english.contains(literal)) {
          problems.add(literal + ": is used in the sources but is not in the bundle");
        }
      }
      for (String key : new TreeSet<>(computed)) {
        if (!english.contains(key)) {
          problems.add(key + ": is made at run time but is not in the bundle");
        }
      }
    }
    for (String key : new TreeSet<>(english)) {
      audit(key, Locale.ROOT, problems);
    }
    for (String key : new TreeSet<>(chinese)) {
      audit(key, Locale.CHINESE, problems);
    }
    return problems;
  }

  private void audit(String key, Locale language, List<String> problems) {
    String template = MessageBundles.template(baseName, key, language).orElseThrow();
    String where = key + (language.getLanguage().isEmpty() ? " (English)" : " (Chinese)");
    if (template.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'")) {
      problems.add(where + ": an apostrophe must be written twice ('')");
    }
    Map<String, String> samples = new HashMap<>();
    for (String name : Template.compile(template).names()) {
      samples.put(name, "7");
    }
    String shown = Template.compile(template).format(samples);
    if (language.getLanguage().isEmpty()) {
      String rest = without(shown, allowedChinese);
      Matcher m = CHINESE.matcher(rest);
      if (m.find()) {
        problems.add(where + ": Chinese '" + m.group() + "' in English text: " + shown);
      }
    } else {
      String rest = without(shown, allowedEnglish);
      Matcher m = ENGLISH_WORD.matcher(rest);
      if (m.find()) {
        problems.add(where + ": English '" + m.group() + "' in Chinese text: " + shown);
      }
    }
  }

  private static String without(String text, Set<String> allowed) {
    String rest = text;
    // Longest first, so that "UTF-8" goes before "UTF" would.
    List<String> byLength = new ArrayList<>(allowed);
    byLength.sort((a, b) -> b.length() - a.length());
    for (String word : byLength) {
      rest = rest.replace(word, " ");
    }
    return rest;
  }

  private Set<String> literals() {
    Set<String> found = new LinkedHashSet<>();
    for (Path root : sources) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          Matcher m = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            found.add(m.group(1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sources under " + root, e);
      }
    }
    return found;
  }
}
