package io.github.jixiao.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One registered bundle: its base name and, per language suffix ({@code ""}, {@code "_zh"},
 * {@code "_zh_TW"}), its entries — every copy of the file on the class path in class-path order,
 * then the registering module's own, the first copy that has a key winning. A deployment's jar
 * earlier on the class path that holds only the keys it rewords therefore rewords just those.
 * Files are read as UTF-8; every template is compiled as it is read.
 */
final class Bundle {

  private final String baseName;
  private final ClassLoader loader;
  private final Function<String, InputStream> own;
  private final Map<String, Map<String, String>> bySuffix = new ConcurrentHashMap<>();
  private final List<Message> problems;

  Bundle(String baseName, ClassLoader loader, Function<String, InputStream> own,
      List<Message> problems) {
    this.problems = problems;
    this.baseName = baseName;
    this.loader = loader;
    this.own = own;
  }

  String baseName() {
    return baseName;
  }

  /**
   * The entries for one language suffix, read once; a file that cannot be used counts as empty
   * (its keys fall back to the next language), the problem kept for {@link
   * MessageBundles#problems()}: rendering never throws.
   */
  Map<String, String> entries(String suffix) {
    Map<String, String> known = bySuffix.get(suffix);
    if (known == null) {
      try {
        known = read(suffix);
      } catch (MessageBundleException e) {
        problems.add(e.said());
        known = Map.of();
      }
      bySuffix.putIfAbsent(suffix, known);
    }
    return known;
  }

  /**
   * The entries for one language suffix, read now.
   *
   * @throws MessageBundleException if a file of it cannot be used
   */
  Map<String, String> strict(String suffix) {
    Map<String, String> known = bySuffix.get(suffix);
    if (known == null) {
      known = read(suffix);
      bySuffix.putIfAbsent(suffix, known);
    }
    return known;
  }

  /**
   * Every copy of one language's file, in class-path order, then the module's own. A copy that
   * cannot be used while another can — a deployment's rewording with a lone apostrophe — is left
   * out and kept as a problem, so that Jixiao's own words stay; a file of which no copy can be
   * used is refused.
   */
  private Map<String, String> read(String suffix) {
    String path = baseName.replace('.', '/') + suffix + ".properties";
    Map<String, String> entries = new LinkedHashMap<>();
    List<MessageBundleException> bad = new ArrayList<>();
    int good = 0;
    try {
      Enumeration<URL> copies = loader == null ? Collections.emptyEnumeration()
          : loader.getResources(path);
      List<byte[]> seen = new ArrayList<>();
      while (copies.hasMoreElements()) {
        URL copy = copies.nextElement();
        try (InputStream in = copy.openStream()) {
          byte[] bytes = in.readAllBytes();
          seen.add(bytes);
          good += add(entries, new java.io.ByteArrayInputStream(bytes), copy.toString(), bad);
        }
      }
      // The module's own copy: on the module path the loader cannot see it; on the class path a
      // class's resource lookup finds the first copy, already read above, so it is not read again.
      try (InputStream in = own.apply(path)) {
        if (in != null) {
          byte[] bytes = in.readAllBytes();
          if (seen.stream().noneMatch(b -> java.util.Arrays.equals(b, bytes))) {
            good += add(entries, new java.io.ByteArrayInputStream(bytes), path, bad);
          }
        }
      }
    } catch (IOException e) {
      throw new MessageBundleException(Message.of("core.message.unreadable",
          Argument.text("file", path)), e);
    }
    if (good == 0 && !bad.isEmpty()) {
      throw bad.get(0);
    }
    bad.forEach(e -> problems.add(e.said()));
    return Map.copyOf(entries);
  }

  /** Adds one copy's entries; 1 if it could be used, 0 (and the reason in {@code bad}) if not. */
  private static int add(Map<String, String> entries, InputStream in, String file,
      List<MessageBundleException> bad) throws IOException {
    Map<String, String> copy = new LinkedHashMap<>();
    try {
      add(copy, in, file);
    } catch (MessageBundleException e) {
      bad.add(e);
      return 0;
    }
    copy.forEach(entries::putIfAbsent);
    return 1;
  }

  private static void add(Map<String, String> entries, InputStream in, String file)
      throws IOException {
    Properties read = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      read.load(reader);
    } catch (CharacterCodingException e) {
      throw new MessageBundleException(Message.of("core.message.not-utf8",
          Argument.text("file", file)), e);
    } catch (IllegalArgumentException e) {
      throw new MessageBundleException(Message.of("core.message.malformed",
          Argument.text("file", file)), e);
    }
    for (String key : read.stringPropertyNames()) {
      String template = read.getProperty(key);
      try {
        Template.compile(template);
      } catch (Template.BadTemplate e) {
        throw new MessageBundleException(Message.of("core.message.bad-template",
            Argument.text("file", file), Argument.text("key", key),
            Argument.message("reason", e.said())), e);
      }
      entries.putIfAbsent(key, template);
    }
  }
}
