package io.github.jixiao.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The Jackson module of every Jixiao type (Jixiao 的 Jackson 模块): registers the serializers of
 * core's exact values — {@link Points} and {@link Percentage} as plain JSON numbers, an
 * {@link Amount} as {@code {"value": 3306.19, "unit": "WAN_YUAN"}} — and brings Jackson's
 * {@code Jdk8Module} for the domain's {@code Optional} fields. The domain's value types carry
 * their own binding (Immutables' Jackson integration), so with this module any
 * {@code ObjectMapper} reads and writes them:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
 * // or, through META-INF/services: JsonMapper.builder().findAndAddModules().build()
 * }</pre>
 *
 * <p>A mapper of your own gets the bindings, not the strictness: documents with their
 * {@code "format"}, strict validation with JSON paths, exact decimals and read limits are
 * {@link JixiaoJson}'s. Use this module to embed Jixiao values in your own JSON.
 */
public final class JixiaoModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The version of jixiao-io, as Jackson reports module versions. */
  static final Version VERSION = readVersion();

  /** The module. */
  public JixiaoModule() {
    super("JixiaoModule", VERSION);
    addSerializer(Points.class, new ExactValues.PointsSerializer());
    addDeserializer(Points.class, new ExactValues.PointsDeserializer());
    addSerializer(Percentage.class, new ExactValues.PercentageSerializer());
    addDeserializer(Percentage.class, new ExactValues.PercentageDeserializer());
    addSerializer(Amount.class, new ExactValues.AmountSerializer());
    addDeserializer(Amount.class, new ExactValues.AmountDeserializer());
  }

  /** Jackson's {@code Jdk8Module}, for {@code Optional}: registered before this one. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = JixiaoModule.class.getResourceAsStream("jixiao-io.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "io.github.jixiao",
        "jixiao-io");
  }
}
