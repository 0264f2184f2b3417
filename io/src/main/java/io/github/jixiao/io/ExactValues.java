package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;

/**
 * JSON for core's exact records (精确数值): {@link Points} and {@link Percentage} are plain JSON numbers
 * (9.72, 97.16; a percentage's scale is the number of decimals written), an {@link Amount} is
 * {@code {"value": 3306.19, "unit": "WAN_YUAN"}}. Numbers are read from their text, never through
 * a {@code double}, and only from JSON numbers: a quoted "3306.19" is refused. A value the
 * domain refuses throws core's {@code InvalidValueException}, whose violations the reader reports;
 * the texts given to Jackson for a malformed amount are for a developer's own mapper (a strict
 * reader checks an amount's shape first) and never reach a user of {@link JixiaoJson}.
 */
final class ExactValues {

  private ExactValues() {}

  /** Writes points (分值) as a number at two decimals: 94.00. */
  public static final class PointsSerializer extends JsonSerializer<Points> {
    @Override
    public void serialize(Points value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(value.value());
    }
  }

  /** Reads points (分值) from a number with at most two decimals. */
  public static final class PointsDeserializer extends JsonDeserializer<Points> {
    @Override
    public Points deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      // An InvalidValueException passes through: Jackson adds the path, the reader reports
      // core's violation at it.
      return new Points(number(p, ctxt, Points.class));
    }
  }

  /** Writes a percentage (百分比) as a number at its scale: 97.16, 92. */
  public static final class PercentageSerializer extends JsonSerializer<Percentage> {
    @Override
    public void serialize(Percentage value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeNumber(value.value());
    }
  }

  /** Reads a percentage (百分比) from a number; its scale is the number of decimals written. */
  public static final class PercentageDeserializer extends JsonDeserializer<Percentage> {
    @Override
    public Percentage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      BigDecimal value = number(p, ctxt, Percentage.class);
      return new Percentage(value, Math.max(0, value.scale()));
    }
  }

  /** Writes an amount (金额) as {@code {"value": 3306.19, "unit": "WAN_YUAN"}}. */
  public static final class AmountSerializer extends JsonSerializer<Amount> {
    @Override
    public void serialize(Amount value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("value");
      gen.writeNumber(value.value());
      gen.writeStringField("unit", value.unit().name());
      gen.writeEndObject();
    }
  }

  /** Reads an amount (金额) from {@code {"value": number, "unit": "YUAN" | "WAN_YUAN"}}, nothing else. */
  public static final class AmountDeserializer extends JsonDeserializer<Amount> {
    @Override
    public Amount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(Amount.class, "an amount is an object {value, unit}");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!name.equals("value") && !name.equals("unit")) {
          return ctxt.reportInputMismatch(Amount.class, "unknown field \"%s\" in Amount", name);
        }
      }
      JsonNode value = node.get("value");
      JsonNode unit = node.get("unit");
      if (value == null || !value.isNumber()) {
        return ctxt.reportInputMismatch(Amount.class, "an amount's \"value\" must be a number");
      }
      if (unit == null || !unit.isTextual()) {
        return ctxt.reportInputMismatch(Amount.class,
            "an amount's \"unit\" must be YUAN or WAN_YUAN");
      }
      try {
        return new Amount(value.decimalValue(), MoneyUnit.valueOf(unit.textValue()));
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(Amount.class,
            "an amount's \"unit\" must be YUAN or WAN_YUAN, not \"%s\"", unit.textValue());
      }
    }
  }

  private static BigDecimal number(JsonParser p, DeserializationContext ctxt, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return ctxt.reportInputMismatch(type, "expected a number, found %s", token);
    }
    return p.getDecimalValue();
  }
}
