package io.github.jixiao.io;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The Jackson module of every Jixiao type (Jixiao 的 Jackson 模块): registers the serializers of
 * core's exact values — {@link Points} and {@link Percentage} as plain JSON numbers, an
 * {@link Amount} as {@code {"value": 3306.19, "unit": "WAN_YUAN"}} — and of what Jixiao says: a
 * {@link Message} as its key and arguments with, beside them, its rendering in Chinese and
 * English ({@code "rendered"}, ignored when read). It brings Jackson's {@code Jdk8Module} for the
 * domain's {@code Optional} fields. The domain's value types carry
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
    addSerializer(Message.class, new MessageJson.MessageSerializer());
    addSerializer(Argument.class, new MessageJson.ArgumentSerializer());
  }

  /**
   * Adds the readers of {@link Message} and {@link Argument}: found for their implementation,
   * which their binding names, as well as for the interfaces; and a finding's {@code checkCode}
   * written only when it is not the finding's code.
   */
  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addBeanSerializerModifier(new FindingShorthand());
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findBeanDeserializer(JavaType type,
          DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (Message.class.isAssignableFrom(raw)) {
          return new MessageJson.MessageDeserializer();
        }
        return Argument.class.isAssignableFrom(raw) ? new MessageJson.ArgumentDeserializer()
            : null;
      }
    });
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
