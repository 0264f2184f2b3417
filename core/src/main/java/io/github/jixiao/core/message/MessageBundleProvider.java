package io.github.jixiao.core.message;

import java.io.InputStream;

/**
 * A module's or plug-in's message bundle (提示信息资源包), found by {@link java.util.ServiceLoader}:
 * each Jixiao module provides one, and a plug-in may too (in {@code
 * META-INF/services/io.github.jixiao.core.message.MessageBundleProvider}, or {@code provides} in
 * its module descriptor), so that its messages render without it registering anything by hand.
 *
 * <p>{@link #open(String)} is written in the provider's own module because a resource of a named
 * module is visible only to that module's code: {@code return getClass().getResourceAsStream("/"
 * + path);} is the whole of it.
 */
public interface MessageBundleProvider {

  /** The bundle's base name, e.g. {@code com.example.rules.messages}. */
  String baseName();

  /**
   * Opens one file of the bundle from the provider's own jar or module.
   *
   * @param path the file's resource path without a leading slash, e.g. {@code
   *     com/example/rules/messages_zh.properties}
   * @return the file, or null when the bundle has no file for that language
   */
  InputStream open(String path);
}
