package io.github.jixiao.report.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * jixiao-report's own data files, read strictly (规则文件读取): the outline's vocabulary and the
 * extraction rules are JSON resources of the jar, read once at start-up with no unknown field,
 * no duplicate key and nothing after the document, so that a mistyped rule fails the first
 * extraction (and the build's tests) instead of being ignored.
 */
public final class StrictJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StrictJson() {}

  /**
   * The resource {@code name} beside {@code anchor}, bound to {@code type}.
   *
   * @throws IllegalStateException if the resource is missing or does not bind: the jar is broken
   */
  public static <T> T resource(Class<?> anchor, String name, Class<T> type) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name + " beside " + anchor.getName());
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " beside " + anchor.getName(), e);
    }
  }
}
