package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.github.jixiao.rules.result.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * One code per finding (审核发现只写一个编号): a finding's {@code checkCode} is written only when
 * it is not the finding's own {@code code} — a check that failed (JX-000) names the check — and
 * read as the code when absent ({@link Finding#getCheckCode()} defaults to it).
 */
final class FindingShorthand extends BeanSerializerModifier {

  private static final long serialVersionUID = 1L;

  /** The field left out when it repeats the code. */
  static final String CHECK_CODE = "checkCode";

  @Override
  public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
      BeanDescription description, List<BeanPropertyWriter> properties) {
    if (!Finding.class.isAssignableFrom(description.getBeanClass())) {
      return properties;
    }
    List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
    for (BeanPropertyWriter p : properties) {
      changed.add(p.getName().equals(CHECK_CODE) ? new UnlessRepeated(p) : p);
    }
    return changed;
  }

  /** The {@code checkCode} writer: silent when the code says the same. */
  private static final class UnlessRepeated extends BeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    UnlessRepeated(BeanPropertyWriter base) {
      super(base);
    }

    private UnlessRepeated(BeanPropertyWriter base, PropertyName name) {
      super(base, name);
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName name) {
      return new UnlessRepeated(this, name);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider)
        throws Exception {
      if (bean instanceof Finding f && f.getCheckCode().equals(f.getCode())) {
        return;
      }
      super.serializeAsField(bean, gen, provider);
    }
  }
}
