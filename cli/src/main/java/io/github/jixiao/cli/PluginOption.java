package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.spi.PluginException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * {@code --plugins DIR|JAR…} and the environment variable {@code JIXIAO_PLUGINS} (插件): users'
 * own scoring rules, consistency checks and formulas, found in the jars named — a directory
 * stands for every {@code *.jar} in it, or, holding none, for itself as a directory of classes —
 * through the library's own discovery ({@link java.util.ServiceLoader}: a {@code
 * ScoringRuleProvider}, {@code ConsistencyCheckProvider} or {@code FormulaProvider} listed under
 * {@code META-INF/services}). Loaded once, before the first file; a path that is not there, or a
 * plug-in that cannot be loaded, is one line naming it, and the command reads nothing (exit 2).
 */
final class PluginOption {

  /** The environment variable naming plug-ins, separated as a class path is ({@code :}). */
  static final String ENVIRONMENT = "JIXIAO_PLUGINS";

  @Option(names = "--plugins", paramLabel = "${bundle:cli.label.plugins}", split = ",",
      descriptionKey = "cli.option.plugins")
  List<Path> paths = new ArrayList<>();

  private Scorer scorer = Scorer.standard();
  private Checks checks = Checks.standard();

  /** The paths named: the option's, else the environment's. */
  static List<Path> named(List<Path> option, Optional<String> environment) {
    if (!option.isEmpty()) {
      return option;
    }
    List<Path> paths = new ArrayList<>();
    environment.ifPresent(e -> Stream.of(e.split(File.pathSeparator)).map(String::strip)
        .filter(s -> !s.isEmpty()).map(Path::of).forEach(paths::add));
    return paths;
  }

  /**
   * Loads the plug-ins named, saying through {@code documents} what cannot be loaded.
   *
   * @return false when a path is not there or a plug-in fails to load
   */
  boolean load(Documents documents) {
    List<Path> named = named(paths, Optional.ofNullable(System.getenv(ENVIRONMENT)));
    scorer = Scorer.standard();
    checks = Checks.standard();
    if (named.isEmpty()) {
      return true;
    }
    List<URL> urls = new ArrayList<>();
    for (Path path : named) {
      Optional<List<URL>> found = urls(path);
      if (found.isEmpty()) {
        documents.say("--plugins " + path + ": ", Message.of("cli.plugins.missing"));
        return false;
      }
      urls.addAll(found.get());
    }
    String where = "--plugins " + String.join(", ", named.stream().map(Path::toString).toList())
        + ": ";
    ClassLoader loader = new URLClassLoader("jixiao-plugins", urls.toArray(URL[]::new),
        PluginOption.class.getClassLoader());
    try {
      scorer = Scorer.standard().withDiscovered(loader);
      checks = Checks.standard().withDiscovered(loader);
    } catch (PluginException e) {
      documents.say(where, Message.of("cli.plugins.failed", Argument.message("reason",
          e.said())));
      return false;
    } catch (RuntimeException | LinkageError e) {
      // a jar ServiceLoader cannot read, a class built for a newer Java than this one
      documents.say(where, Message.of("cli.plugins.unreadable"));
      return false;
    }
    return true;
  }

  /** The standard scorer with the plug-ins' rules and formulas, once {@link #load}ed. */
  Scorer scorer() {
    return scorer;
  }

  /** The standard checks with the plug-ins' checks, once {@link #load}ed. */
  Checks checks() {
    return checks;
  }

  /** The class path entries of {@code path}: the jar, a directory's jars or itself; empty if none. */
  private static Optional<List<URL>> urls(Path path) {
    try {
      if (Files.isRegularFile(path)) {
        return Optional.of(List.of(path.toUri().toURL()));
      }
      if (!Files.isDirectory(path)) {
        return Optional.empty();
      }
      List<URL> jars = new ArrayList<>();
      try (Stream<Path> listing = Files.list(path)) {
        for (Path p : listing.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
            .toList()) {
          jars.add(p.toUri().toURL());
        }
      }
      return Optional.of(jars.isEmpty() ? List.of(path.toUri().toURL()) : jars);
    } catch (MalformedURLException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
